using System.CommandLine;
using Concord.Core.Reports;

namespace Concord.Cli.CommandLine;

/// <summary>
/// Options every command takes (<c>--quiet</c>, <c>--verbose</c>, <c>--color</c>). They are recursive, so they
/// go before or after the command name; a command reads them from its parse result, its signature unchanged.
/// </summary>
internal static class GlobalOptions
{
    private const string QuietName = "--quiet";
    private const string VerboseName = "--verbose";
    private const string ColorName = "--color";

    /// <summary>Adds the options to a new root command (each run builds its own: a symbol belongs to one tree).</summary>
    public static void AddTo(RootCommand root)
    {
        var quiet = new Option<bool>(QuietName, "-q")
        {
            Description = "Print only the report and errors: no progress on standard error.",
            Recursive = true,
        };
        var verbose = new Option<bool>(VerboseName, "-v")
        {
            Description = "Also say what was read and written (documents, reports), and the causes of an error.",
            Recursive = true,
        };
        var color = new Option<string>(ColorName)
        {
            Description = "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never.",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        root.Options.Add(quiet);
        root.Options.Add(verbose);
        root.Options.Add(color);
    }

    /// <summary>Whether both --quiet and --verbose were given (a command's validators cannot see recursive options).</summary>
    public static bool QuietAndVerbose(ParseResult parsed) => ValueOf<bool>(parsed, QuietName) && ValueOf<bool>(parsed, VerboseName);

    /// <summary>How much a run says on standard error.</summary>
    public static Verbosity VerbosityOf(ParseResult parsed) =>
        ValueOf<bool>(parsed, QuietName) ? Verbosity.Quiet : ValueOf<bool>(parsed, VerboseName) ? Verbosity.Verbose : Verbosity.Normal;

    /// <summary>
    /// Whether a report written to <paramref name="output"/> (or to a file, when <paramref name="toFile"/>) may be coloured:
    /// <c>--color always</c> yes, <c>never</c> no, <c>auto</c> only on a terminal and when <c>NO_COLOR</c> is unset.
    /// </summary>
    public static (bool OutputIsTerminal, bool NoColor) ColorOf(ParseResult parsed, TextWriter output, bool toFile) =>
        ValueOf<string>(parsed, ColorName) switch
        {
            "always" => (true, false),
            "never" => (false, true),
            _ => (!toFile && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
                  ReportContext.NoColorRequested(Environment.GetEnvironmentVariable)),
        };

    private static T? ValueOf<T>(ParseResult parsed, string name) =>
        parsed.RootCommandResult.Command.Options.FirstOrDefault(option => option.Name == name) is Option<T> option
            ? parsed.GetValue(option)
            : default;
}

/// <summary>How much a command says besides its report.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
