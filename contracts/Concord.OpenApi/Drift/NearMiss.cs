namespace Concord.OpenApi.Drift;

/// <summary>
/// "Did you mean": the candidate route closest to one that is not served. Closeness is an edit distance
/// over path segments, where swapping two spellings of the same API root (<c>api</c>, <c>ajax-api</c>)
/// costs less than any other change, so <c>/api/mlflow/x</c> finds <c>/mlflow/x</c> and
/// <c>/ajax-api/2.0/x</c> finds <c>/api/2.0/x</c>.
/// </summary>
public static class NearMiss
{
    /// <summary>Segments that different servers use for the same API root; replacing one with another is a near miss.</summary>
    private static readonly HashSet<string> s_apiRoots = new(["api", "ajax-api", "rest", "v1", "v2"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The closest candidate within two segment edits of <paramref name="path"/>, or <c>null</c>.</summary>
    public static string? Suggest(string path, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = RouteTemplate.Split(path);
        return candidates
            .Where(candidate => !string.Equals(candidate, path, StringComparison.Ordinal))
            .Select(candidate => (Candidate: candidate, Distance: Distance(wanted, RouteTemplate.Split(candidate))))
            .Where(scored => scored.Distance <= 2)
            .OrderBy(scored => scored.Distance)
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .Select(scored => scored.Candidate)
            .FirstOrDefault();
    }

    /// <summary>
    /// Paths one edit away that servers commonly confuse: an API-root segment dropped, added, or swapped
    /// for another spelling. A live probe tries them to find the route a server really serves.
    /// </summary>
    public static IEnumerable<string> Variants(string path)
    {
        var segments = RouteTemplate.Split(path);
        for (var i = 0; i < segments.Length; i++)
        {
            if (s_apiRoots.Contains(segments[i]))
            {
                yield return Join(segments.Take(i).Concat(segments.Skip(i + 1)));
                foreach (var root in s_apiRoots.Where(root => !string.Equals(root, segments[i], StringComparison.OrdinalIgnoreCase)))
                {
                    yield return Join(segments.Take(i).Append(root).Concat(segments.Skip(i + 1)));
                }
            }
        }

        yield return Join(segments.Prepend("api"));
    }

    /// <summary>Segment edit distance; replacing an API root by another costs half.</summary>
    private static double Distance(string[] a, string[] b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0
                    : s_apiRoots.Contains(a[i - 1]) && s_apiRoots.Contains(b[j - 1]) ? 0.5
                    : a[i - 1].StartsWith('{') || b[j - 1].StartsWith('{') ? 0.5
                    : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Join(IEnumerable<string> segments) => "/" + string.Join('/', segments);
}
