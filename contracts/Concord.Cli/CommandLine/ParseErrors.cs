using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Concord.Cli.CommandLine;

/// <summary>
/// What is wrong with a command line, one line per problem: each names the token at fault and the command it
/// was given to, suggests the nearest known word, and the last line points at the help of that command.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>The lines to print, or an empty list when the command line is fine.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var commandResult = parsed.CommandResult;
        var command = commandResult.Command;
        var path = CommandPath(commandResult);
        var problems = new List<string>();

        // An unknown option is bound as an argument when the command takes one (`check --fromat`), so it is not
        // always a parse error; and what follows it is then out of place too, so it is the only thing reported.
        foreach (var token in UnknownOptions(parsed))
        {
            problems.Add($"unknown option '{token}' for '{path}'.{Typos.DidYouMean(Typos.Nearest(token, OptionNames(command)))}");
        }

        if (GlobalOptions.QuietAndVerbose(parsed))
        {
            problems.Add("--quiet and --verbose cannot be used together.");
        }

        if (problems.Count > 0)
        {
            return [.. problems.Select(Error), HelpLine(path)];
        }

        if (parsed.Errors.Count == 0)
        {
            return [];
        }

        var unmatched = parsed.UnmatchedTokens.ToList();
        foreach (var token in unmatched)
        {
            problems.Add(command.Subcommands.Count > 0 && command.Arguments.Count == 0
                ? $"'{token}' is not a {path} command.{Typos.DidYouMean(Typos.Nearest(token, CommandNames(command)))}"
                : $"unexpected argument '{token}' for '{path}'.");
        }

        foreach (var error in parsed.Errors)
        {
            if (unmatched.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal)))
            {
                continue;
            }

            if (Describe(error, commandResult, path, unmatched) is { } problem)
            {
                problems.Add(problem);
            }
        }

        return [.. problems.Distinct(StringComparer.Ordinal).Select(Error), HelpLine(path)];
    }

    /// <summary>The command as typed, e.g. <c>concord check</c>; the root is always called concord.</summary>
    public static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                names.Insert(0, command is RootCommand ? "concord" : command.Name);
            }
        }

        return string.Join(' ', names);
    }

    public static string HelpLine(string path) => $"Run '{path} --help' for usage.";

    private static string Error(string problem) => $"concord: error: {problem}";

    private static string? Describe(ParseError error, CommandResult commandResult, string path, IReadOnlyList<string> unmatched)
    {
        switch (error.SymbolResult)
        {
            case ArgumentResult { Parent: OptionResult optionResult } argument:
                return DescribeOptionValue(optionResult.Option, argument.Tokens, error.Message);
            case OptionResult optionResult:
                return DescribeOptionValue(optionResult.Option, optionResult.Tokens, error.Message);
            case ArgumentResult { Parent: CommandResult } argument when argument.Tokens.Count == 0:
                return $"'{path}' needs <{argument.Argument.Name}>: {argument.Argument.Description}";
            case CommandResult result when ReferenceEquals(result, commandResult) && result.Command.Subcommands.Count > 0 && result.Command.Action is null:
                // A mistyped command is reported as such; "needs a command" would only repeat it.
                if (unmatched.Count > 0)
                {
                    return null;
                }

                return $"'{path}' needs a command: {string.Join(", ", result.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.";
            default:
                return OneLine(error.Message);
        }
    }

    private static string DescribeOptionValue(Option option, IReadOnlyList<Token> tokens, string message)
    {
        var allowed = option.GetCompletions(CompletionContext.Empty).Select(item => item.Label).ToList();
        if (option.ValueType == typeof(bool))
        {
            allowed.Clear();
        }

        if (tokens.Count == 0)
        {
            return allowed.Count > 0
                ? $"{option.Name} needs a value: one of {string.Join(", ", allowed)}."
                : $"{option.Name} needs a value.";
        }

        var value = tokens[^1].Value;
        if (allowed.Count > 0 && !allowed.Contains(value, StringComparer.Ordinal))
        {
            return $"{option.Name} '{value}' is not one of {string.Join(", ", allowed)}.{Typos.DidYouMean(Typos.Nearest(value, allowed))}";
        }

        // The parser's own message names a .NET type; say what the user should type instead.
        var expected = option.ValueType switch
        {
            var t when t == typeof(int) => $"a whole number up to {int.MaxValue}",
            var t when t == typeof(long) => $"a whole number up to {long.MaxValue}",
            var t when t == typeof(bool) => "true or false",
            _ => null,
        };
        if (expected is not null && !IsValid(option.ValueType, value))
        {
            return $"{option.Name} '{value}' is not {expected}.";
        }

        return OneLine(message);
    }

    private static bool IsValid(Type type, string value) =>
        type == typeof(bool) ? bool.TryParse(value, out _)
        : type == typeof(int) ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    /// <summary>Tokens that look like options (a dash and more) but are no option of the command or its parents.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        // After `--` everything is an argument, even what starts with a dash.
        var afterDoubleDash = parsed.Tokens
            .SkipWhile(token => token.Type != TokenType.DoubleDash)
            .Skip(1)
            .Select(token => token.Value)
            .ToHashSet(StringComparer.Ordinal);
        var boundToArguments = parsed.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Select(token => token.Value);
        return boundToArguments
            .Concat(parsed.UnmatchedTokens)
            .Where(value => value.Length > 1 && value[0] == '-' && !NumberLike().IsMatch(value) && !afterDoubleDash.Contains(value))
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        foreach (var parent in Ancestors(command))
        {
            options = options.Concat(parent.Options.Where(option => option.Recursive));
        }

        return options.Where(option => !option.Hidden).SelectMany(option => option.Aliases.Prepend(option.Name));
    }

    private static IEnumerable<string> CommandNames(Command command) =>
        command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }

    private static string OneLine(string message) => Whitespace().Replace(message, " ").Trim();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^-\d+(\.\d+)?$")]
    private static partial Regex NumberLike();
}
