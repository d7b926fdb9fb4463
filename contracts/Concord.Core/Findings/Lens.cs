namespace Concord.Core.Findings;

/// <summary>Which of Concord's lenses produced a finding; each owns a range of rule ids.</summary>
public enum Lens
{
    /// <summary>Roslyn analyzers over C# source, CORD001–CORD099.</summary>
    Code,

    /// <summary>Pact verification and contract coverage, CORD100–CORD199.</summary>
    Contract,

    /// <summary>OpenAPI document diff, CORD200–CORD399.</summary>
    Spec,

    /// <summary>Drift between documents, code, pacts and live services, CORD400–CORD499.</summary>
    Drift,
}
