using System.CommandLine;
using Concord.Cli.Check;
using Concord.Cli.CommandLine;
using Concord.Cli.Commands;

namespace Concord.Cli;

/// <summary>The <c>concord</c> command line, runnable in-process with any output writers (tests do).</summary>
public static class ConcordApp
{
    private const string Description = """
        Concord catches disagreements between the parts of a distributed system before they ship.
        Run 'concord help <command>' for a command's options, 'concord rules' for every rule.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory = null) =>
        Run(args, output, error, workingDirectory, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter, string?)"/>, reading environment variables (broker credentials) through <paramref name="environment"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        var directory = workingDirectory ?? Environment.CurrentDirectory;
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(output, error, directory),
            DiffCommand.Create(output, error, directory),
            CompareCommand.Create(output, error, directory, environment),
            InitCommand.Create(output, error, directory),
            RulesCommand.Create(output),
            ExplainCommand.Create(output, error),
        };

        return CommandLineHost.Run(root, args, output, error);
    }
}
