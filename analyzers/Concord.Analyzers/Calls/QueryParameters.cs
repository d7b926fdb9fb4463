using System.Collections.Generic;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The one parser of query text: the <c>name=value</c> pairs after a URL's <c>?</c>, over literal text and the holes
/// computed between it. <see cref="CallQueryReader"/> hands it a URL however the code builds it; every rule that asks
/// about a query parameter gets its answer from here.
/// </summary>
internal static class QueryParameters
{
    /// <summary>The query parameters of a flattened URL; only text after a <c>?</c> counts, so form bodies (<c>a=1&amp;b=2</c>) are not read as URLs.</summary>
    public static IEnumerable<QueryParameter> Of(StringSegments url) => Of(url.Segments, startsInQuery: false, location: null);

    /// <summary>
    /// As <see cref="Of(StringSegments)"/>; with <paramref name="startsInQuery"/> the text is already a query
    /// (<c>UriBuilder.Query</c>, a piece appended after the <c>?</c>). A hole chosen between <c>"?"</c> and <c>"&amp;"</c>
    /// by a condition (<c>url.Contains('?') ? "&amp;" : "?"</c>) starts the query too.
    /// </summary>
    public static IEnumerable<QueryParameter> Of(IReadOnlyList<StringSegment> url, bool startsInQuery, Location? location)
    {
        var inQuery = startsInQuery;
        var segments = WithSeparatorChoices(url);
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
                // A URL has no line break: text after one is prose (a help text's example, then its explanation).
                if (c == '#' || c == '\r' || c == '\n')
                {
                    inQuery = false;
                    continue;
                }

                // A URL's query follows its path or host, never white space: "…onto the query string: ?access_token=…"
                // is a sentence showing a query, not a URL.
                if (c == '?' && i > 0 && char.IsWhiteSpace(text[i - 1]))
                {
                    inQuery = false;
                    continue;
                }

                if (c == '?' || (c == '&' && inQuery))
                {
                    inQuery = true;
                    if (TryReadParameter(text, i + 1, segments, s, location, out var parameter, out var end))
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

    private static bool TryReadParameter(string text, int start, IReadOnlyList<StringSegment> segments, int segment, Location? location, out QueryParameter parameter, out int end)
    {
        parameter = null!;
        end = start;
        var equals = start;
        while (equals < text.Length && IsNameChar(text[equals]))
        {
            equals++;
        }

        if (equals == start)
        {
            return false;
        }

        // ?flag&page=2: a name with no value is still a parameter the URL sets (only when nothing computed follows it).
        if (equals >= text.Length || text[equals] != '=')
        {
            var last = segment == segments.Count - 1;
            if ((equals < text.Length && text[equals] is '&' or '#') || (equals == text.Length && last))
            {
                parameter = new QueryParameter(text.Substring(start, equals - start), null, null, location);
                end = equals;
                return true;
            }

            return false;
        }

        var name = text.Substring(start, equals - start);
        var valueEnd = equals + 1;
        // A value ends at '&', '#' or white space: a URL written in prose ends where the sentence goes on.
        while (valueEnd < text.Length && text[valueEnd] != '&' && text[valueEnd] != '#' && !char.IsWhiteSpace(text[valueEnd]))
        {
            valueEnd++;
        }

        end = valueEnd;
        var literal = text.Substring(equals + 1, valueEnd - equals - 1);
        if (literal.Length == 0 && valueEnd == text.Length && segment + 1 < segments.Count && segments[segment + 1].Value is { } hole)
        {
            parameter = new QueryParameter(name, null, hole, location);
            return true;
        }

        parameter = new QueryParameter(name, literal.Length == 0 ? null : literal, null, location);
        return true;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '[' or ']';

    /// <summary>
    /// True when the URL shows every name its query sets: no computed value stands where a name goes (<c>?{name}=1</c>,
    /// a path ending in a hole that may carry its own query, two holes in a row after <c>name=</c> that may hold
    /// <c>&amp;more=…</c>). A value may be computed; a name may not.
    /// </summary>
    public static bool ShowsEveryName(IReadOnlyList<StringSegment> url)
    {
        const char Hole = '\u0001';
        var text = new System.Text.StringBuilder();
        foreach (var segment in WithSeparatorChoices(url))
        {
            text.Append(segment.Text ?? Hole.ToString());
        }

        var rendered = text.ToString();
        var fragment = rendered.IndexOf('#');
        if (fragment >= 0)
        {
            rendered = rendered.Substring(0, fragment);
        }

        var question = rendered.IndexOf('?');
        if (question < 0)
        {
            return rendered.Length == 0 || rendered[rendered.Length - 1] != Hole;
        }

        foreach (var pair in rendered.Substring(question + 1).Split('&'))
        {
            var equals = pair.IndexOf('=');
            var name = equals >= 0 ? pair.Substring(0, equals) : pair;
            if (name.IndexOf(Hole) >= 0)
            {
                return false;
            }

            // name={value}{more}: a value hole may hold '&' and more parameters only if nothing literal closes it.
            if (equals >= 0 && pair.Length > 0 && pair[pair.Length - 1] == Hole && pair.IndexOf(Hole) != pair.Length - 1)
            {
                return false;
            }
        }

        return true;
    }
}
