namespace Concord.Cli.CommandLine;

/// <summary>"Did you mean": the known words closest to what the user typed.</summary>
internal static class Typos
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The candidates nearest <paramref name="typed"/> by edit distance (a swap of two neighbours counts
    /// once), ties in the order given; a candidate the word starts or ends is also near (<c>--fail</c>,
    /// <c>warn</c>). Empty when nothing is close enough to be a likely slip.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var word = typed.TrimStart('-');
        if (word.Length < 2)
        {
            // One letter is too little to guess from: every short alias would be "near".
            return [];
        }

        // One slip per three or four letters is a typo; more is another word.
        var allowed = Math.Max(1, word.Length / 3);
        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, distance: Score(typed, candidate)))
            .Where(c => c.distance <= allowed)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(c => c.distance);
        return [.. scored.Where(c => c.distance == best).Select(c => c.candidate).Take(MaxSuggestions)];
    }

    private static int Score(string typed, string candidate)
    {
        var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
        var bare = candidate.TrimStart('-');
        var typedBare = typed.TrimStart('-');
        return typedBare.Length >= 3 && bare.StartsWith(typedBare, StringComparison.OrdinalIgnoreCase) ? Math.Min(distance, 1) : distance;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>" Did you mean 'check'?" or "" when there is no suggestion.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => "",
        1 => $" Did you mean '{suggestions[0]}'?",
        _ => $" Did you mean one of {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?",
    };
}
