namespace Concord.Pact.Provider;

/// <summary>Which pacts a Pact Broker hands the verifier, and how to sign in to it.</summary>
public sealed record BrokerOptions
{
    /// <summary>Bearer token for the broker.</summary>
    public string? Token { get; init; }

    /// <summary>Basic-auth user name for the broker.</summary>
    public string? Username { get; init; }

    /// <summary>Basic-auth password for the broker.</summary>
    public string? Password { get; init; }

    /// <summary>Which consumer versions' pacts to verify; none means the broker's default (latest of each).</summary>
    public IReadOnlyList<ConsumerVersionSelector> ConsumerVersionSelectors { get; init; } = [];

    /// <summary>Pacts not yet verified successfully by this provider do not fail the build.</summary>
    public bool EnablePending { get; init; }

    /// <summary>Also verify work-in-progress pacts created since this date.</summary>
    public DateOnly? IncludeWipPactsSince { get; init; }

    /// <summary>The provider's branch, used by the broker for pending and WIP calculations.</summary>
    public string? ProviderBranch { get; init; }

    /// <summary>The provider's tags, used by the broker for pending and WIP calculations.</summary>
    public IReadOnlyList<string> ProviderTags { get; init; } = [];
}
