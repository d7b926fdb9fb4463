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
        Run(args, output, error, workingDirectory, Environment.GetEnvironmentVariable, Console.OpenStandardInput);

    /// <summary>
    /// The same, with what a command reads from the process around it given: environment variables (broker
    /// credentials) through <paramref name="environment"/>, and the standard input a command reads for the argument
    /// <c>-</c> (e.g. <c>concord diff - new.yaml</c>) through <paramref name="standardInput"/>, opened only when read.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, string? workingDirectory, Func<string, string?> environment, Func<Stream> standardInput)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(standardInput);
        var directory = workingDirectory ?? Environment.CurrentDirectory;
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(output, error, directory, environment),
            DiffCommand.Create(output, error, directory, standardInput),
            CompareCommand.Create(output, error, directory, environment),
            InitCommand.Create(output, error, directory),
            RulesCommand.Create(output),
            ExplainCommand.Create(output, error),
        };

        return CommandLineHost.Run(root, args, output, error);
    }
}
