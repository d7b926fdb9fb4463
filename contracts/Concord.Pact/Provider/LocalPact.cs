namespace Concord.Pact.Provider;

/// <summary>One local pact file, as far as the verifier's result needs it.</summary>
internal sealed record LocalPact(string Path, string Consumer, string Provider, IReadOnlyList<LocalInteraction> Interactions)
{
    /// <summary>Why the pact's interactions could not be read (no <c>interactions</c> array, an entry that is not an object), or null.</summary>
    public string? ShapeProblem { get; init; }

    public IReadOnlyList<int> HttpStatuses { get; } = Interactions.Where(i => i.Status is not null).Select(i => i.Status!.Value).ToList();

    public bool CoversSuccess => Interactions.Any(i => i.IsSuccess);
}
