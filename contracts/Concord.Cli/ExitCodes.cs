namespace Concord.Cli;

/// <summary>The tool's exit codes; a contract for CI scripts.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail-on level was found.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the fail-on level.</summary>
    public const int Found = 1;

    /// <summary>Could not decide: bad arguments, an unreadable or invalid document, an unwritable output.</summary>
    public const int CouldNotDecide = 2;
}
