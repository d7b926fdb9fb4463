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
}
