using System.Text.Json.Nodes;

namespace Concord.Pact.Matchers;

/// <summary>
/// A value generator: the side that replays an interaction (the mock server for responses,
/// the verifier for requests) puts a fresh value in place of the example.
/// </summary>
public sealed class Generator
{
    private readonly string _type;
    private readonly (string Name, JsonNode? Value)[] _attributes;

    private Generator(string type, params (string Name, JsonNode? Value)[] attributes)
    {
        _type = type;
        _attributes = attributes;
    }

    /// <summary>A random UUID in its simple lower-case hyphenated form.</summary>
    public static Generator Uuid() => new("Uuid");

    /// <summary>A random integer between <paramref name="min"/> and <paramref name="max"/>, inclusive.</summary>
    public static Generator RandomInt(int min, int max) => new("RandomInt", ("min", min), ("max", max));

    /// <summary>A random decimal number with <paramref name="digits"/> digits.</summary>
    public static Generator RandomDecimal(int digits) => new("RandomDecimal", ("digits", digits));

    /// <summary>A random hexadecimal string with <paramref name="digits"/> digits.</summary>
    public static Generator RandomHexadecimal(int digits) => new("RandomHexadecimal", ("digits", digits));

    /// <summary>A random alphanumeric string of <paramref name="size"/> characters.</summary>
    public static Generator RandomString(int size) => new("RandomString", ("size", size));

    /// <summary>A random boolean.</summary>
    public static Generator RandomBoolean() => new("RandomBoolean");

    /// <summary>A string that matches <paramref name="regex"/>.</summary>
    public static Generator Regex(string regex) => new("Regex", ("regex", regex));

    /// <summary>Today's date, in a Java DateTimeFormatter <paramref name="format"/>, optionally moved by an expression such as <c>+ 1 day</c>.</summary>
    public static Generator Date(string format, string? expression = null) => WithExpression("Date", format, expression);

    /// <summary>The current time in <paramref name="format"/>, optionally moved by an expression such as <c>+ 1 hour</c>.</summary>
    public static Generator Time(string format, string? expression = null) => WithExpression("Time", format, expression);

    /// <summary>The current date and time in <paramref name="format"/>, optionally moved by an expression.</summary>
    public static Generator DateTime(string format, string? expression = null) => WithExpression("DateTime", format, expression);

    /// <summary>A value the provider's state handler returns, referenced as <c>${name}</c> in <paramref name="expression"/>.</summary>
    public static Generator ProviderState(string expression) => new("ProviderState", ("expression", expression));

    /// <summary>The mock server's own base URL in place of the host part of the example matched by <paramref name="regex"/>.</summary>
    public static Generator MockServerUrl(string regex) => new("MockServerURL", ("regex", regex));

    internal void WriteTo(JsonObject matcher)
    {
        matcher["pact:generator:type"] = _type;
        foreach (var (name, value) in _attributes)
        {
            matcher[name] = value?.DeepClone();
        }
    }

    private static Generator WithExpression(string type, string format, string? expression) =>
        expression is null ? new(type, ("format", format)) : new(type, ("format", format), ("expression", expression));
}
