using Concord.Cli.CommandLine;

namespace Concord.Cli.Check;

/// <summary>How much check says on standard error and whether its text reports are coloured (from the global options).</summary>
/// <param name="Verbosity">Quiet: no progress; verbose: also the reports written and the causes of an error.</param>
/// <param name="StandardOutputColor">Colour for the report on standard output.</param>
/// <param name="FileColor">Colour for reports written to files (only with <c>--color always</c>).</param>
internal sealed record CheckConsole(
    Verbosity Verbosity, (bool OutputIsTerminal, bool NoColor) StandardOutputColor, (bool OutputIsTerminal, bool NoColor) FileColor)
{
    /// <summary>The earlier report whose findings are not reported again (<c>--baseline</c>), if any.</summary>
    public string? Baseline { get; init; }

    /// <summary>The folder relative paths on the command line start from.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Under <c>--verbose</c>, each inner cause of <paramref name="exception"/>, one line each (never a stack trace).</summary>
    public void WriteCauses(Exception exception, TextWriter error)
    {
        if (Verbosity != Verbosity.Verbose)
        {
            return;
        }

        for (var cause = exception.InnerException; cause is not null; cause = cause.InnerException)
        {
            error.WriteLine($"concord:   because: {cause.Message}");
        }
    }
}
