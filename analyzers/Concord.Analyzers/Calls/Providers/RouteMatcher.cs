using System;
using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// Matches a call's path against a document's paths. Lenient where the code is not known: a hole in the
/// call matches any segment, a documented parameter matches any literal segment its type accepts, and a path
/// ending in a hole may continue. Literal segments compare case-insensitively, as ASP.NET Core routing does.
/// Which of several matching routes a call means is the operation's choice (<see cref="DocumentedCall.Operations"/>).
/// </summary>
internal static class RouteMatcher
{
    /// <summary>The documented paths the call's path may be; tried as written and below the document's base path.</summary>
    public static IReadOnlyList<string> Matches(CallPath call, ProviderOperations operations)
    {
        var result = operations.Paths.Where(path => Matches(call.Segments, call.MayContinue, path, operations)).ToList();
        if (result.Count == 0 && operations.BasePath.Length > 0)
        {
            var below = CallPath.SegmentsOf(operations.BasePath);
            if (call.Segments.Count >= below.Length
                && below.Select((segment, i) => string.Equals(segment, call.Segments[i], StringComparison.OrdinalIgnoreCase)).All(equal => equal))
            {
                var rest = call.Segments.Skip(below.Length).ToList();
                result = operations.Paths.Where(path => Matches(rest, call.MayContinue, path, operations)).ToList();
            }
        }

        return result;
    }

    /// <summary>
    /// How many of the call's literal segments meet a literal segment of <paramref name="documentedPath"/> (a path
    /// <see cref="Matches(CallPath, ProviderOperations)"/> gave), aligned as that match aligned them: a higher count is
    /// a more concrete route for the call.
    /// </summary>
    public static int LiteralAgreement(CallPath call, string documentedPath, ProviderOperations operations)
    {
        IReadOnlyList<string> documented = CallPath.SegmentsOf(documentedPath);
        IReadOnlyList<string> segments = call.Segments;
        if (!Matches(segments, call.MayContinue, documentedPath, operations) && operations.BasePath.Length > 0)
        {
            var below = CallPath.SegmentsOf(operations.BasePath).Length;
            segments = call.Segments.Skip(Math.Min(below, call.Segments.Count)).ToList();
        }

        var count = 0;
        for (var i = 0; i < segments.Count && i < documented.Count; i++)
        {
            if (segments[i].IndexOf('{') < 0 && documented[i].IndexOf('{') < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static bool Matches(IReadOnlyList<string> call, bool mayContinue, string path, ProviderOperations operations)
    {
        var documented = CallPath.SegmentsOf(path);
        if (documented.Length < call.Count || (documented.Length > call.Count && !mayContinue))
        {
            return false;
        }

        for (var i = 0; i < call.Count; i++)
        {
            if (!SegmentMatches(call[i], documented[i]) || !TypeAccepts(call[i], documented[i], path, operations))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A literal segment against a whole-segment parameter (<c>{id}</c>): the parameter's type must take it.</summary>
    private static bool TypeAccepts(string call, string documented, string path, ProviderOperations operations)
    {
        if (call.IndexOf('{') >= 0 || documented.Length < 3 || documented[0] != '{' || documented[documented.Length - 1] != '}')
        {
            return true;
        }

        return operations.PathParameter(path, documented.Substring(1, documented.Length - 2)).Accepts(call);
    }

    private static bool SegmentMatches(string call, string documented)
    {
        var callHole = call.IndexOf('{');
        var documentedParameter = documented.IndexOf('{');
        if (callHole < 0 && documentedParameter < 0)
        {
            return string.Equals(call, documented, StringComparison.OrdinalIgnoreCase);
        }

        // Either side computed: the literal text before it must agree.
        var callPrefix = callHole < 0 ? call : call.Substring(0, callHole);
        var documentedPrefix = documentedParameter < 0 ? documented : documented.Substring(0, documentedParameter);
        var shorter = Math.Min(callPrefix.Length, documentedPrefix.Length);
        return string.Compare(callPrefix, 0, documentedPrefix, 0, shorter, StringComparison.OrdinalIgnoreCase) == 0
            && (callHole >= 0 || documentedParameter >= 0 && callPrefix.Length >= documentedPrefix.Length);
    }

    /// <summary>
    /// The documented path nearest to the call's, or null when none is close: a path that differs by a prefix
    /// (<c>/api/mlflow/runs</c> vs <c>/mlflow/runs</c>) or by a small edit of the segments that differ
    /// (<c>/order/{id}</c> vs <c>/orders/{id}</c>).
    /// </summary>
    public static string? Nearest(CallPath call, ProviderOperations operations)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        Nearest(Shape(call.Segments), operations, ref best, ref bestScore);

        // A call that writes the document's base path (/api/v1/order/{id} against /orders/{id} below /api/v1) is compared below it too.
        var below = CallPath.SegmentsOf(operations.BasePath);
        if (below.Length > 0 && call.Segments.Count > below.Length
            && below.Select((segment, i) => string.Equals(segment, call.Segments[i], StringComparison.OrdinalIgnoreCase)).All(equal => equal))
        {
            Nearest(Shape(call.Segments.Skip(below.Length).ToList()), operations, ref best, ref bestScore);
        }

        return best;
    }

    private static void Nearest(string callShape, ProviderOperations operations, ref string? best, ref int bestScore)
    {
        foreach (var path in operations.Paths)
        {
            var documented = CallPath.SegmentsOf(path);
            var shape = Shape(documented);
            int score;
            if (EndsWith(callShape, shape) || EndsWith(shape, callShape))
            {
                // Same route under another prefix: the commonest mistake, ranked by how much prefix differs.
                score = Math.Abs(callShape.Length - shape.Length) / 4;
            }
            else
            {
                var distance = Distance(callShape, shape);
                if (distance > Math.Max(2, Math.Min(callShape.Length, shape.Length) / 4))
                {
                    continue;
                }

                score = distance;
            }

            if (score < bestScore)
            {
                best = path;
                bestScore = score;
            }
        }
    }

    private static bool EndsWith(string longer, string shorter) =>
        longer.Length > shorter.Length && shorter.Length > 1 && longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase)
        && longer[longer.Length - shorter.Length] == '/';

    /// <summary>Parameters and holes all look alike: <c>/orders/{id}</c> and <c>/orders/{orderId}</c> have the same shape.</summary>
    private static string Shape(IReadOnlyList<string> segments) =>
        "/" + string.Join("/", segments.Select(s => s.StartsWith("{", StringComparison.Ordinal) && s.EndsWith("}", StringComparison.Ordinal) ? "{}" : s.ToLowerInvariant()));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
