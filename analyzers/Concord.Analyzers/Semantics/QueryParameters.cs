using System.Collections.Generic;
using Microsoft.CodeAnalysis;

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
    public static IEnumerable<QueryParameter> Of(StringSegments url)
    {
        var inQuery = false;
        var segments = url.Segments;
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
