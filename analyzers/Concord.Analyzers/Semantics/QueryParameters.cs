using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>A <c>name=value</c> pair found after the <c>?</c> of a URL being built.</summary>
internal sealed class QueryParameter
{
    public QueryParameter(string name, string? literalValue, IOperation? value)
    {
        Name = name;
        LiteralValue = literalValue;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The value when it is written in the literal text, e.g. <c>abc</c> in <c>?key=abc</c>.</summary>
    public string? LiteralValue { get; }

    /// <summary>The run-time value when a hole follows <c>name=</c>.</summary>
    public IOperation? Value { get; }
}

internal static class QueryParameters
{
    /// <summary>The query parameters of a flattened URL; only text after a <c>?</c> counts, so form bodies (<c>a=1&amp;b=2</c>) are not read as URLs.</summary>
    public static IEnumerable<QueryParameter> Of(StringSegments url) => Of(url, startsInQuery: false);

    /// <summary>
    /// As <see cref="Of(StringSegments)"/>; with <paramref name="startsInQuery"/> the text is already a query
    /// (<c>UriBuilder.Query</c>, a piece appended after the <c>?</c>). A hole chosen between <c>"?"</c> and <c>"&amp;"</c>
    /// by a condition (<c>url.Contains('?') ? "&amp;" : "?"</c>) starts the query too.
    /// </summary>
    public static IEnumerable<QueryParameter> Of(StringSegments url, bool startsInQuery)
    {
        var inQuery = startsInQuery;
        var segments = WithSeparatorChoices(url.Segments);
        if (startsInQuery && segments.Count > 0 && segments[0].Text is { } first && first.Length > 0 && first[0] != '?' && first[0] != '&')
        {
            var prefixed = new List<StringSegment>(segments.Count) { StringSegment.Literal("?" + first) };
            for (var i = 1; i < segments.Count; i++)
            {
                prefixed.Add(segments[i]);
            }

            segments = prefixed;
        }

        for (var s = 0; s < segments.Count; s++)
        {
            var text = segments[s].Text;
            if (text is null)
            {
                continue;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '#')
                {
                    inQuery = false;
                    continue;
                }

                if (c == '?' || (c == '&' && inQuery))
                {
                    inQuery = true;
                    if (TryReadParameter(text, i + 1, segments, s, out var parameter, out var end))
                    {
                        yield return parameter;
                        i = end - 1;
                    }
                }
            }
        }
    }

    /// <summary>Replaces a hole that is a choice between <c>"?"</c> and <c>"&amp;"</c> with the literal it stands for, merged with the text around it.</summary>
    private static IReadOnlyList<StringSegment> WithSeparatorChoices(IReadOnlyList<StringSegment> segments)
    {
        var result = new List<StringSegment>(segments.Count);
        foreach (var segment in segments)
        {
            var text = segment.Text;
            if (text is null && segment.Value is { } value && IsSeparatorChoice(value))
            {
                text = "?";
            }

            if (text is not null && result.Count > 0 && result[result.Count - 1].Text is { } previous)
            {
                result[result.Count - 1] = StringSegment.Literal(previous + text);
            }
            else
            {
                result.Add(text is null ? segment : StringSegment.Literal(text));
            }
        }

        return result;
    }

    private static bool IsSeparatorChoice(IOperation value) =>
        ValueOrigins.Unwrap(value) is IConditionalOperation { WhenTrue: { } whenTrue, WhenFalse: { } whenFalse }
        && IsSeparator(whenTrue) && IsSeparator(whenFalse);

    private static bool IsSeparator(IOperation value) =>
        ValueOrigins.Unwrap(value).ConstantValue is { HasValue: true } constant
        && (constant.Value is "?" or "&" || constant.Value is '?' or '&');

    private static bool TryReadParameter(string text, int start, IReadOnlyList<StringSegment> segments, int segment, out QueryParameter parameter, out int end)
    {
        parameter = null!;
        end = start;
        var equals = start;
        while (equals < text.Length && IsNameChar(text[equals]))
        {
            equals++;
        }

        if (equals == start || equals >= text.Length || text[equals] != '=')
        {
            return false;
        }

        var name = text.Substring(start, equals - start);
        var valueEnd = equals + 1;
        while (valueEnd < text.Length && text[valueEnd] != '&' && text[valueEnd] != '#')
        {
            valueEnd++;
        }

        end = valueEnd;
        var literal = text.Substring(equals + 1, valueEnd - equals - 1);
        if (literal.Length == 0 && valueEnd == text.Length && segment + 1 < segments.Count && segments[segment + 1].Value is { } hole)
        {
            parameter = new QueryParameter(name, null, hole);
            return true;
        }

        parameter = new QueryParameter(name, literal.Length == 0 ? null : literal, null);
        return true;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '[' or ']';
}
