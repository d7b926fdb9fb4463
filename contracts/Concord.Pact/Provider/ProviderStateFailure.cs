namespace Concord.Pact.Provider;

/// <summary>A provider-state change the provider refused, with its reason as the provider gave it (live-looking credentials masked).</summary>
/// <param name="State">The state's name.</param>
/// <param name="Action"><c>setup</c> or <c>teardown</c>.</param>
/// <param name="Reason">The status and the answer's text, e.g. <c>HTTP 422: … failed: database is down</c>.</param>
public sealed record ProviderStateFailure(string State, string Action, string Reason)
{
    public override string ToString() => $"Provider state \"{State}\" {Action} failed: {Reason}";
}
