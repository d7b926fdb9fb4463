using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Rules;

namespace Concord.Cli.Commands;

/// <summary><c>concord explain CORD401</c>: a rule's page, as the docs have it.</summary>
internal static class ExplainCommand
{
    private const string Description = """
        Print a rule's page: what it finds, why it matters and how to fix it (the same text as its docs page).

        Examples:
          concord explain CORD401
          concord explain cord002
        """;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var ruleArgument = new Argument<string>("rule") { Description = "A rule id, e.g. CORD401 (concord rules lists them)." };
        var command = new Command("explain", Description) { ruleArgument };
        command.SetAction(parsed =>
        {
            var id = parsed.GetValue(ruleArgument)!;
            if (RuleBook.Find(id) is not { } rule)
            {
                var suggestion = Typos.DidYouMean(Typos.Nearest(id.ToUpperInvariant(), RuleBook.All.Select(r => r.Id)));
                error.WriteLine($"concord: error: '{id}' is not a rule id.{suggestion}");
                error.WriteLine("Run 'concord rules' for the list of rules.");
                return ExitCodes.CouldNotDecide;
            }

            output.Write(RuleBook.Page(rule));
            output.WriteLine();
            output.WriteLine($"Page: {rule.HelpUri}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
