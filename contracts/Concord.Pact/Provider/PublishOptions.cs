namespace Concord.Pact.Provider;

/// <summary>Publishing verification results to the Pact Broker the pacts came from.</summary>
/// <param name="ProviderVersion">The provider version verified, e.g. a commit hash.</param>
public sealed record PublishOptions(string ProviderVersion)
{
    /// <summary>The provider's branch.</summary>
    public string? Branch { get; init; }

    /// <summary>Tags for the provider version.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A link to the CI build that verified.</summary>
    public Uri? BuildUrl { get; init; }
}
