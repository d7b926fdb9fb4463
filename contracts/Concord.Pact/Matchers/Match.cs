using System.Text.Json.Nodes;
using Concord.Pact.Json;

namespace Concord.Pact.Matchers;

/// <summary>
/// The Pact matchers. Each takes an example (what the pact shows and the other side receives)
/// and a rule (what the real traffic must satisfy). Examples may themselves hold matchers.
/// </summary>
public static class Match
{
    /// <summary>Any value of the example's JSON type (string, number, boolean, object or array).</summary>
    public static Matcher Type(object? example) => new("type", options => PactJson.ToNode(example, options));

    /// <summary>
    /// A string that matches <paramref name="regex"/> in full. The regex comes first, then the example
    /// (PactNet's <c>Match.Regex</c> takes them the other way round): the example must match the regex,
    /// so a swap is refused with a message saying which argument is which.
    /// </summary>
    public static Matcher Regex(string regex, string example)
    {
        ArgumentException.ThrowIfNullOrEmpty(regex);
        ArgumentNullException.ThrowIfNull(example);
        if (!FullMatch(regex, example, out var invalid))
        {
            var swapped = FullMatch(example, regex, out _);
            var reason = invalid is not null
                ? $"the first argument, the regex /{regex}/, is not a valid regular expression ({invalid})"
                : $"the example \"{example}\" (second argument) does not match the regex /{regex}/ (first argument)";
            var hint = swapped ? " The arguments look swapped: Concord.Pact takes Match.Regex(regex, example); PactNet takes Match.Regex(example, regex)." : string.Empty;
            throw new ArgumentException($"Match.Regex: {reason}.{hint}", swapped || invalid is not null ? nameof(regex) : nameof(example));
        }

        return new("regex", example, ("regex", regex));
    }

    private static bool FullMatch(string regex, string example, out string? invalid)
    {
        invalid = null;
        try
        {
            return System.Text.RegularExpressions.Regex.IsMatch(example, $"^(?:{regex})$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            invalid = exception.Message;
            return false;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            invalid = "it took over a second to match the example";
            return false;
        }
    }

    /// <summary>Any integer.</summary>
    public static Matcher Integer(long example = 1) => new("integer", example);

    /// <summary>Any number with a fractional part.</summary>
    public static Matcher Decimal(double example = 1.5) => new("decimal", example);

    /// <summary>Any number, integer or decimal.</summary>
    public static Matcher Number(double example = 1) => new("number", example);

    /// <summary>Any boolean.</summary>
    public static Matcher Boolean(bool example = true) => new("boolean", example);

    /// <summary>Exactly null.</summary>
    public static Matcher Null() => new("null", (System.Text.Json.Nodes.JsonNode?)null);

    /// <summary>A date in <paramref name="format"/> (Java DateTimeFormatter patterns, e.g. <c>yyyy-MM-dd</c>).</summary>
    public static Matcher Date(string format, string example) => new("date", example, ("format", format));

    /// <summary>A time of day in <paramref name="format"/>, e.g. <c>HH:mm:ss</c>.</summary>
    public static Matcher Time(string format, string example) => new("time", example, ("format", format));

    /// <summary>A date and time in <paramref name="format"/>, e.g. <c>yyyy-MM-dd'T'HH:mm:ssXXX</c>.</summary>
    public static Matcher DateTime(string format, string example) => new("datetime", example, ("format", format));

    /// <summary>A string that contains <paramref name="substring"/>.</summary>
    public static Matcher Include(string substring) => new("include", substring);

    /// <summary>Exactly the example; resets a looser matcher above it.</summary>
    public static Matcher Equality(object? example) => new("equality", options => PactJson.ToNode(example, options));

    /// <summary>An array of at least <paramref name="min"/> items, each like <paramref name="item"/>.</summary>
    public static Matcher EachLike(object? item, int min = 1, int? max = null)
    {
        if (min < 0 || max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(min), $"EachLike needs 0 <= min <= max, got min {min}, max {max}.");
        }

        JsonNode Examples(System.Text.Json.JsonSerializerOptions options)
        {
            var examples = new JsonArray();
            for (var i = 0; i < Math.Max(1, min); i++)
            {
                examples.Add(PactJson.ToNode(item, options));
            }

            return examples;
        }

        return max is { } upper
            ? new("type", Examples, ("min", min), ("max", upper))
            : new("type", Examples, ("min", min));
    }

    /// <summary>A value of the example's type; an array with at least <paramref name="min"/> items.</summary>
    public static Matcher MinType(object? example, int min) => new("type", options => PactJson.ToNode(example, options), ("min", min));

    /// <summary>A value of the example's type; an array with at most <paramref name="max"/> items.</summary>
    public static Matcher MaxType(object? example, int max) => new("type", options => PactJson.ToNode(example, options), ("max", max));

    /// <summary>An object whose every key satisfies <paramref name="keyRule"/>.</summary>
    public static Matcher EachKey(object example, Matcher keyRule) =>
        new("eachKey", options => PactJson.ToNode(example, options), ("rules", new JsonArray(keyRule.ToJson())));

    /// <summary>An object or array whose every value satisfies <paramref name="valueRule"/>.</summary>
    public static Matcher EachValue(object example, Matcher valueRule) =>
        new("eachValue", options => PactJson.ToNode(example, options), ("rules", new JsonArray(valueRule.ToJson())));

    /// <summary>An array that contains, in any order and among other items, an item matching each variant.</summary>
    public static Matcher ArrayContaining(params object?[] variants)
    {
        return new(
            options => new JsonObject
            {
                ["pact:matcher:type"] = "arrayContains",
                ["variants"] = new JsonArray([.. variants.Select(v => PactJson.ToNode(v, options))]),
                ["value"] = null,
            },
            "arrayContains");
    }

    /// <summary>A value of the example's type that is not empty (string, array or object).</summary>
    public static Matcher NotEmpty(object example) => new("notEmpty", options => PactJson.ToNode(example, options));

    /// <summary>A semantic version, e.g. <c>1.2.3</c>.</summary>
    public static Matcher Semver(string example = "1.0.0") => new("semver", example);

    /// <summary>A body whose content has the media type <paramref name="contentType"/>, detected from its bytes.</summary>
    public static Matcher ContentType(string contentType) => new("contentType", contentType);

    /// <summary>A response status of the class (Pact V4 only); the mock server answers <paramref name="example"/>.</summary>
    public static Matcher StatusCode(HttpStatusClass statusClass, int example) =>
        new("statusCode", example, ("status", StatusName(statusClass)));

    /// <summary>A UUID, with a generator that produces a fresh one on replay.</summary>
    public static Matcher Uuid(string example = "5f4c7a4e-8a3f-4b9e-9d3e-2b1c0a6f7e21") =>
        Regex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", example).WithGenerator(Generator.Uuid());

    /// <summary>A value of the example's type, which the verifier takes from the provider state through <paramref name="expression"/> (e.g. <c>${id}</c>).</summary>
    public static Matcher FromProviderState(string expression, object example) =>
        Type(example).WithGenerator(Generator.ProviderState(expression));

    private static string StatusName(HttpStatusClass statusClass) => statusClass switch
    {
        HttpStatusClass.Information => "info",
        HttpStatusClass.Success => "success",
        HttpStatusClass.Redirect => "redirect",
        HttpStatusClass.ClientError => "clientError",
        HttpStatusClass.ServerError => "serverError",
        HttpStatusClass.NonError => "nonError",
        HttpStatusClass.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(statusClass), statusClass, "Unknown status class."),
    };
}
