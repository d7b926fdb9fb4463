using Concord.Core.Findings;

namespace Concord.OpenApi.Rules;

/// <summary>How a change affects clients.</summary>
public enum ChangeLevel
{
    /// <summary>Safe for every client; worth knowing.</summary>
    Info,

    /// <summary>May break some clients (e.g. exhaustive enums) or deserves a look.</summary>
    Warning,

    /// <summary>Breaks clients written against the base version.</summary>
    Breaking,
}

/// <summary>Maps change levels onto the finding model's severities.</summary>
public static class ChangeLevelExtensions
{
    public static Severity ToSeverity(this ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => Severity.Error,
        ChangeLevel.Warning => Severity.Warning,
        _ => Severity.Info,
    };
}
