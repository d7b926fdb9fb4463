namespace Concord.Analyzers.Rules;

/// <summary>The form a loopback fallback takes; CORD002's code fix rewrites each form its own way.</summary>
public enum FallbackShape
{
    Coalesce,
    CoalesceAssignment,
    Conditional,
    IfAssignment,
    GetValueDefault,
    MemberInitializer,
    ParameterDefault,
    SwitchArm,

    /// <summary>Not a fallback: a registered client's base address is a loopback literal (no code fix).</summary>
    FixedBaseAddress,
}
