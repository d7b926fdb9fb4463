namespace Concord.Pact.Broker;

/// <summary>The consumer version pacts are published for, as the broker's <c>publish-contracts</c> endpoint takes it.</summary>
/// <param name="Number">The consumer's version number; the broker recommends the git commit hash.</param>
public sealed record ConsumerVersion(string Number)
{
    /// <summary>The git branch the version was built from (strongly recommended by the broker).</summary>
    public string? Branch { get; init; }

    /// <summary>Tags for the version (the broker prefers <see cref="Branch"/> now; tags still work).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A link to the CI build that produced the pacts.</summary>
    public Uri? BuildUrl { get; init; }

    /// <summary>Merge the interactions into a pact already published for this version instead of replacing it (tests split over several CI nodes).</summary>
    public bool Merge { get; init; }
}
