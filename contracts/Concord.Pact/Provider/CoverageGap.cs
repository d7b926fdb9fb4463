namespace Concord.Pact.Provider;

/// <summary>
/// A pact that shows no successful response: every HTTP interaction expects a non-2xx status,
/// so verifying it proves only that bad requests are rejected, never that a good one is accepted
/// (the seed story's auth tests: every bad key was rejected, no test ever sent a good key).
/// </summary>
/// <param name="PactFile">The pact file.</param>
/// <param name="Consumer">Its consumer.</param>
/// <param name="Provider">Its provider.</param>
/// <param name="Statuses">The statuses its HTTP interactions expect.</param>
public sealed record CoverageGap(string PactFile, string Consumer, string Provider, IReadOnlyList<int> Statuses)
{
    /// <summary>One line for a person.</summary>
    public string Message =>
        $"{Path.GetFileName(PactFile)}: the {Consumer} -> {Provider} pact covers no success response: its {Statuses.Count} HTTP interaction(s) " +
        $"all expect a non-2xx status ({string.Join(", ", Statuses.Distinct().Order())}), so nothing shows {Provider} accepting a valid request.";
}
