namespace Concord.Pact.AspNetCore.ProviderStates;

/// <summary>Whether a provider state is being set up or torn down.</summary>
public enum ProviderStateAction
{
    /// <summary>Before the interaction.</summary>
    Setup,

    /// <summary>After the interaction.</summary>
    Teardown,
}
