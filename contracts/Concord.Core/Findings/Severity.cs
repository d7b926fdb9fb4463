namespace Concord.Core.Findings;

/// <summary>How much a finding matters. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a build by default.</summary>
    Info = 0,

    /// <summary>Probably a problem; fails a build only when asked to.</summary>
    Warning = 1,

    /// <summary>A disagreement that breaks a caller (in the spec lens: a breaking change).</summary>
    Error = 2,
}
