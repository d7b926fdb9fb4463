namespace Concord.Pact;

/// <summary>The Pact specification versions Concord writes; the values are the core's.</summary>
public enum PactSpecification
{
    /// <summary>Version 3: HTTP interactions, provider states with parameters, message pacts.</summary>
    V3 = 4,

    /// <summary>Version 4: adds status-code classes, pending interactions, mixed HTTP and message interactions.</summary>
    V4 = 5,
}
