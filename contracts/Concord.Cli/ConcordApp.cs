using System.CommandLine;
using Concord.Cli.Check;
using Concord.Cli.Commands;

namespace Concord.Cli;

/// <summary>The <c>concord</c> command line, runnable in-process with any output writers (tests do).</summary>
public static class ConcordApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("Concord catches disagreements between the parts of a distributed system before they ship.")
        {
            DiffCommand.Create(output, error, workingDirectory ?? Environment.CurrentDirectory),
            CompareCommand.Create(output, error, workingDirectory ?? Environment.CurrentDirectory),
            CheckCommand.Create(output, error, workingDirectory ?? Environment.CurrentDirectory),
            InitCommand.Create(output, error, workingDirectory ?? Environment.CurrentDirectory),
        };

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0 && !IsHelpRequest(args))
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"concord: {parseError.Message}");
            }

            error.WriteLine("Run 'concord diff --help' for usage.");
            return ExitCodes.CouldNotDecide;
        }

        return parsed.Invoke(configuration);
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "--help" or "-h" or "-?");
}
