using System.Text.Json.Nodes;

namespace Concord.Pact.Matchers;

/// <summary>
/// A matching rule with its example, in the core's integration JSON
/// (<c>{"pact:matcher:type": …, "value": …}</c>). Place one anywhere a value goes:
/// a body, a header, a query parameter, a path, a provider-state parameter, a response status.
/// Create them with <see cref="Match"/>.
/// </summary>
public sealed class Matcher
{
    private readonly JsonObject _json;

    internal Matcher(string type, JsonNode? example, params (string Name, JsonNode? Value)[] attributes)
    {
        _json = new JsonObject { ["pact:matcher:type"] = type };
        foreach (var (name, value) in attributes)
        {
            _json[name] = value;
        }

        _json["value"] = example;
        Type = type;
    }

    private Matcher(JsonObject json, string type)
    {
        _json = json;
        Type = type;
    }

    /// <summary>The matcher's name in the Pact specification, e.g. <c>regex</c> or <c>eachKey</c>.</summary>
    public string Type { get; }

    /// <summary>The same matcher, with a generator that replaces the example when the other side replays it.</summary>
    public Matcher WithGenerator(Generator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var json = (JsonObject)_json.DeepClone();
        generator.WriteTo(json);
        return new Matcher(json, Type);
    }

    /// <summary>The matcher as integration JSON; a fresh copy each time.</summary>
    public JsonObject ToJson() => (JsonObject)_json.DeepClone();

    public override string ToString() => _json.ToJsonString();
}
