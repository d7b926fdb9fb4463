namespace Concord.OpenApi.Drift;

/// <summary>
/// "Did you mean": the candidate route closest to one that is not served, or nothing when none is close.
/// <para>
/// Distance is an edit distance over path segments. Keeping a segment costs 0; two template parameters
/// align for free (<c>{id}</c> and <c>{orderId}</c>); a parameter against a literal costs 0.5; swapping one
/// spelling of an API root for another (<c>api</c>, <c>ajax-api</c>, <c>rest</c>, <c>v1</c>, <c>v2</c>), or
/// dropping or adding one, costs 0.5; two literals that differ cost their character edit distance divided by
/// the longer one's length (so <c>order</c> → <c>orders</c> costs 1/6, <c>order</c> → <c>health</c> costs 5/6),
/// or 0.1 when they differ in case only; dropping or adding any other segment costs 1.
/// </para>
/// <para>
/// A candidate is <b>close</b> when its distance is at most half the number of segments of the longer of the
/// two paths, and at most 2: one segment of a two-segment path may be replaced, but a one-segment path must
/// keep most of its letters. The closest close candidate wins; ties go to the one with fewer changed
/// segments, then to the first in ordinal order.
/// </para>
/// </summary>
public static class NearMiss
{
    /// <summary>Segments that different servers use for the same API root; replacing one with another is a near miss.</summary>
    private static readonly HashSet<string> s_apiRoots = new(["api", "ajax-api", "rest", "v1", "v2"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The closest close candidate to <paramref name="path"/> (see the class summary), or <c>null</c>.</summary>
    public static string? Suggest(string path, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = RouteTemplate.Split(path);
        return candidates
            .Where(candidate => !string.Equals(candidate, path, StringComparison.Ordinal))
            .Select(candidate => (Candidate: candidate, Segments: RouteTemplate.Split(candidate)))
            .Select(scored => (scored.Candidate, Distance: Distance(wanted, scored.Segments), Longer: Math.Max(wanted.Length, scored.Segments.Length), Changed: Changed(wanted, scored.Segments)))
            .Where(scored => IsClose(scored.Distance, scored.Longer))
            .OrderBy(scored => scored.Distance)
            .ThenBy(scored => scored.Changed)
            .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
            .Select(scored => scored.Candidate)
            .FirstOrDefault();
    }

    /// <summary>The segment distance between two paths (see the class summary).</summary>
    public static double Distance(string path, string candidate) => Distance(RouteTemplate.Split(path), RouteTemplate.Split(candidate));

    /// <summary>Whether a candidate at <paramref name="distance"/> is close, for paths whose longer one has <paramref name="segments"/> segments.</summary>
    public static bool IsClose(double distance, int segments) => distance <= Math.Min(2.0, segments / 2.0) + 1e-9;

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

    private static double Distance(string[] a, string[] b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = previous[j - 1] + Indel(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = previous[0] + Indel(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(
                    Math.Min(previous[j] + Indel(a[i - 1]), current[j - 1] + Indel(b[j - 1])),
                    previous[j - 1] + Substitution(a[i - 1], b[j - 1]));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>How many segments differ at all, position by position (a tie-breaker only).</summary>
    private static int Changed(string[] a, string[] b) =>
        Math.Abs(a.Length - b.Length) + a.Zip(b).Count(pair => Substitution(pair.First, pair.Second) > 0);

    private static double Indel(string segment) => s_apiRoots.Contains(segment) ? 0.5 : 1;

    private static double Substitution(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        var parameterA = RouteTemplate.IsParameter(a);
        var parameterB = RouteTemplate.IsParameter(b);
        if (parameterA && parameterB)
        {
            return 0;
        }

        if (parameterA || parameterB)
        {
            return 0.5;
        }

        if (s_apiRoots.Contains(a) && s_apiRoots.Contains(b))
        {
            return 0.5;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return 0.1;
        }

        return (double)Characters(a.ToLowerInvariant(), b.ToLowerInvariant()) / Math.Max(a.Length, b.Length);
    }

    /// <summary>Levenshtein distance over characters.</summary>
    private static int Characters(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Join(IEnumerable<string> segments) => "/" + string.Join('/', segments);
}
