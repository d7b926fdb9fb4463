using System.CommandLine;

namespace Concord.Cli.CommandLine;

/// <summary><c>concord help [command]</c>: the same text as <c>concord [command] --help</c>.</summary>
internal static class HelpCommand
{
    public static Command Create(RootCommand root, TextWriter error)
    {
        var commandArgument = new Argument<string[]>("command")
        {
            Description = "The command to describe, e.g. check (default: the list of commands).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var help = new Command("help", "Show the help of a command: concord help check is concord check --help.") { commandArgument };
        help.SetAction(parsed =>
        {
            var words = parsed.GetValue(commandArgument) ?? [];
            Command current = root;
            foreach (var word in words)
            {
                var next = current.Subcommands.FirstOrDefault(c => c.Name == word || c.Aliases.Contains(word));
                if (next is null)
                {
                    var known = current.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
                    var path = current is RootCommand ? "concord" : $"concord {string.Join(' ', words.TakeWhile(w => w != word))}";
                    error.WriteLine($"concord: error: '{word}' is not a {path} command.{Typos.DidYouMean(Typos.Nearest(word, known))}");
                    error.WriteLine("Run 'concord help' for the list of commands.");
                    return ExitCodes.CouldNotDecide;
                }

                current = next;
            }

            return root.Parse([.. words, "--help"]).Invoke(parsed.InvocationConfiguration);
        });
        return help;
    }
}
