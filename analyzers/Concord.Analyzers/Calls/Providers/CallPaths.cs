using System;
using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// The path part of a call's route template, ready to compare with a document's paths: the query and any
/// scheme and host dropped, a leading hole taken as the base address (<c>{baseUrl}/orders</c> → <c>/orders</c>).
/// </summary>
internal sealed class CallPath
{
    private CallPath(string text, IReadOnlyList<string> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary><c>/orders/{id}</c>.</summary>
    public string Text { get; }

    public IReadOnlyList<string> Segments { get; }

    /// <summary>True when the last segment ends in a hole that may hold more path or a query (<c>items{query}</c>).</summary>
    public bool MayContinue => Segments.Count > 0 && Segments[Segments.Count - 1].EndsWith("}", StringComparison.Ordinal);

    /// <summary>The path, or null when nothing literal is left to compare (an unknown URL, only holes).</summary>
    public static CallPath? Of(string? route)
    {
        if (string.IsNullOrEmpty(route))
        {
            return null;
        }

        var path = route!;
        var end = path.IndexOfAny(new[] { '?', '#' });
        if (end >= 0)
        {
            path = path.Substring(0, end);
        }

        var scheme = path.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = path.IndexOf('/', scheme + 3);
            path = slash >= 0 ? path.Substring(slash) : "/";
        }
        else if (path.StartsWith("{", StringComparison.Ordinal))
        {
            // {baseUrl}/orders, {host}orders: the hole is where the request goes, not part of the path.
            var close = path.IndexOf('}');
            path = close >= 0 ? path.Substring(close + 1) : string.Empty;
        }

        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (!segments.Any(s => HasLiteral(s)))
        {
            return null;
        }

        return new CallPath("/" + string.Join("/", segments), segments);
    }

    /// <summary>A document path's segments: <c>/orders/{id}</c> → [orders, {id}].</summary>
    public static string[] SegmentsOf(string documentPath) => documentPath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool HasLiteral(string segment)
    {
        var depth = 0;
        foreach (var c in segment)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0)
            {
                return true;
            }
        }

        return false;
    }
}
