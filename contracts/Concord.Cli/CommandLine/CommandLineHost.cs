using System.CommandLine;
using System.CommandLine.Help;

namespace Concord.Cli.CommandLine;

/// <summary>
/// What every command shares: the global options, <c>concord help</c>, <c>--version</c>, and the handling of
/// a command line that does not parse (one line per problem, then the help of the command actually used).
/// </summary>
internal static class CommandLineHost
{
    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(HelpCommand.Create(root, error));
        ToolVersion.Use(root);

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };

        // --help and --version answer even on an otherwise wrong line, as everywhere else.
        if (parsed.Action is not (HelpAction or ToolVersion.PrintVersion) && ParseErrors.Describe(parsed) is { Count: > 0 } problems)
        {
            foreach (var line in problems)
            {
                error.WriteLine(line);
            }

            return ExitCodes.CouldNotDecide;
        }

        return parsed.Invoke(configuration);
    }
}
