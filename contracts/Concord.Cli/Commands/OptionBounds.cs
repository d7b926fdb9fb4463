using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Concord.Cli.Commands;

/// <summary>
/// Range checks for numeric options. The check reads the option's own token instead of its converted value:
/// asking System.CommandLine for the value of a token it could not convert (a number past the type's range)
/// throws from inside the validator, and the user would see a stack trace instead of the parser's error line.
/// </summary>
internal static class OptionBounds
{
    public static void Between(Option<int> option, int minimum, int maximum) =>
        option.Validators.Add(result => Check(result, option.Name, minimum, maximum, $"between {minimum} and {maximum}"));

    public static void AtLeast(Option<int> option, int minimum) =>
        option.Validators.Add(result => Check(result, option.Name, minimum, int.MaxValue, $"at least {minimum}"));

    public static void AtLeast(Option<long> option, long minimum) =>
        option.Validators.Add(result => Check(result, option.Name, minimum, long.MaxValue, $"at least {minimum}"));

    private static void Check(OptionResult result, string name, long minimum, long maximum, string range)
    {
        if (result.Tokens.Count != 1
            || !long.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            // Not a number of this type at all: the parser reports that itself, naming the token.
            return;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError($"{name} must be {range}; got {result.Tokens[0].Value}");
        }
    }
}
