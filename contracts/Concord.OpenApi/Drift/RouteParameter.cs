using System.Globalization;
using System.Text.RegularExpressions;

namespace Concord.OpenApi.Drift;

/// <summary>
/// One parameter of a route template, as ASP.NET Core writes it: <c>{id}</c>, <c>{id:int}</c>,
/// <c>{id:int:min(1)}</c>, <c>{slug:alpha}</c>, <c>{page?}</c>, <c>{lang=en}</c>, <c>{*rest}</c>, <c>{**rest}</c>.
/// OpenAPI templates are the plain <c>{id}</c> case.
/// </summary>
public sealed record RouteParameter(string Name, IReadOnlyList<string> Constraints, bool Optional, bool CatchAll, string? Default)
{
    /// <summary>The values tried, in order, when nothing better is known: one of them satisfies every usual constraint.</summary>
    private static readonly string[] s_fallbacks =
        ["concord-probe", "1", "probe", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "2024-01-01", "2024-01-01T00:00:00Z", "true", "1.5", "a", "A1"];

    /// <summary>Parses the text between the braces of a parameter token.</summary>
    public static RouteParameter Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = token.Trim();
        var catchAll = text.StartsWith('*');
        text = text.TrimStart('*');
        string? defaultValue = null;
        var optional = false;
        var constraints = new List<string>();
        var end = text.IndexOfAny([':', '=', '?']);
        var name = end < 0 ? text : text[..end];
        var rest = end < 0 ? "" : text[end..];
        // A trailing '?' marks the parameter optional: it comes after any constraint's closing parenthesis.
        if (rest.EndsWith('?'))
        {
            optional = true;
            rest = rest[..^1];
        }

        var equals = DefaultStart(rest);
        if (equals >= 0)
        {
            defaultValue = rest[(equals + 1)..];
            rest = rest[..equals];
        }

        // Constraints are ':'-separated, but a regex(...) argument may itself hold ':'.
        var depth = 0;
        var start = -1;
        for (var i = 0; i < rest.Length; i++)
        {
            switch (rest[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ':' when depth == 0:
                    if (start >= 0)
                    {
                        constraints.Add(rest[start..i]);
                    }

                    start = i + 1;
                    break;
            }
        }

        if (start >= 0 && start < rest.Length)
        {
            constraints.Add(rest[start..]);
        }

        // Inside a template, a brace of a regex constraint is written doubled.
        constraints = [.. constraints.Select(c => c.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal))];

        return new RouteParameter(name, constraints, optional, catchAll, defaultValue);
    }

    /// <summary>Whether ASP.NET Core routing would accept <paramref name="value"/> for this parameter (unknown, custom constraints accept everything).</summary>
    public bool Accepts(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Constraints.All(constraint => Satisfies(constraint, value));
    }

    /// <summary>
    /// A value routing accepts: <paramref name="preferred"/> (e.g. taken from the documented schema) when the
    /// constraints accept it, else one built from the constraints' bounds, else the first usual value they accept.
    /// </summary>
    public string SampleValue(string? preferred = null)
    {
        var candidates = new List<string>();
        if (preferred is not null)
        {
            candidates.Add(preferred);
        }

        candidates.AddRange(FromBounds());
        candidates.AddRange(s_fallbacks);
        return candidates.FirstOrDefault(Accepts) ?? preferred ?? s_fallbacks[0];
    }

    private IEnumerable<string> FromBounds()
    {
        foreach (var constraint in Constraints)
        {
            var (name, argument) = Split(constraint);
            var numbers = Numbers(argument);
            switch (name)
            {
                case "min" or "range" when numbers.Length > 0:
                    yield return numbers[0].ToString(CultureInfo.InvariantCulture);
                    break;
                case "max" when numbers.Length > 0:
                    yield return Math.Min(1, numbers[0]).ToString(CultureInfo.InvariantCulture);
                    break;
                case "minlength" or "length" when numbers.Length > 0:
                    var length = (int)Math.Clamp(numbers[0], 1, 256);
                    yield return new string('a', length);
                    yield return new string('1', length);
                    break;
            }
        }
    }

    private static int DefaultStart(string rest)
    {
        var depth = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            depth += rest[i] == '(' ? 1 : rest[i] == ')' ? -1 : 0;
            if (rest[i] == '=' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static (string Name, string Argument) Split(string constraint)
    {
        var open = constraint.IndexOf('(');
        return open < 0 || !constraint.EndsWith(')')
            ? (constraint.ToLowerInvariant(), "")
            : (constraint[..open].ToLowerInvariant(), constraint[(open + 1)..^1]);
    }

    private static long[] Numbers(string argument) =>
        [.. argument.Split(',').Select(part => long.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (long?)n : null).OfType<long>()];

    private static bool Satisfies(string constraint, string value)
    {
        var (name, argument) = Split(constraint);
        var numbers = Numbers(argument);
        var invariant = CultureInfo.InvariantCulture;
        return name switch
        {
            "int" => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            "long" => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            "bool" => bool.TryParse(value, out _),
            "guid" => Guid.TryParse(value, out _),
            "datetime" => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            "decimal" => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            "double" or "float" => double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out _),
            "alpha" => value.Length > 0 && value.All(char.IsAsciiLetter),
            "required" => value.Length > 0,
            "nonfile" => !value.Contains('.', StringComparison.Ordinal),
            "file" => value.Contains('.', StringComparison.Ordinal),
            "min" => long.TryParse(value, NumberStyles.Integer, invariant, out var min) && numbers.Length > 0 && min >= numbers[0],
            "max" => long.TryParse(value, NumberStyles.Integer, invariant, out var max) && numbers.Length > 0 && max <= numbers[0],
            "range" => long.TryParse(value, NumberStyles.Integer, invariant, out var r) && numbers.Length > 1 && r >= numbers[0] && r <= numbers[1],
            "minlength" => numbers.Length > 0 && value.Length >= numbers[0],
            "maxlength" => numbers.Length > 0 && value.Length <= numbers[0],
            "length" => numbers.Length switch
            {
                1 => value.Length == numbers[0],
                2 => value.Length >= numbers[0] && value.Length <= numbers[1],
                _ => true,
            },
            "regex" => Matches(argument, value),
            _ => true,
        };
    }

    /// <summary>ASP.NET Core's regex constraint: case-insensitive, culture-invariant, bounded in time.</summary>
    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
