using System.Text.Json;
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
    private readonly Func<JsonSerializerOptions, JsonObject> _build;

    internal Matcher(string type, JsonNode? example, params (string Name, JsonNode? Value)[] attributes)
        : this(type, _ => example?.DeepClone(), attributes)
    {
    }

    /// <summary>A matcher whose example is serialised when the pact is built, with the pact's <see cref="JsonSerializerOptions"/>.</summary>
    internal Matcher(string type, Func<JsonSerializerOptions, JsonNode?> example, params (string Name, JsonNode? Value)[] attributes)
        : this(
            options =>
            {
                var json = new JsonObject { ["pact:matcher:type"] = type };
                foreach (var (name, value) in attributes)
                {
                    json[name] = value?.DeepClone();
                }

                json["value"] = example(options);
                return json;
            },
            type)
    {
    }

    internal Matcher(Func<JsonSerializerOptions, JsonObject> build, string type)
    {
        _build = build;
        Type = type;
    }

    /// <summary>The matcher's name in the Pact specification, e.g. <c>regex</c> or <c>eachKey</c>.</summary>
    public string Type { get; }

    /// <summary>The same matcher, with a generator that replaces the example when the other side replays it.</summary>
    public Matcher WithGenerator(Generator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return new Matcher(
            options =>
            {
                var json = _build(options);
                generator.WriteTo(json);
                return json;
            },
            Type);
    }

    /// <summary>The matcher as integration JSON, examples serialised with the default options (camelCase); a fresh copy each time.</summary>
    public JsonObject ToJson() => _build(Json.PactJson.Options);

    /// <summary>The matcher as integration JSON, examples serialised with <paramref name="options"/>.</summary>
    internal JsonObject ToJson(JsonSerializerOptions options) => _build(options);

    public override string ToString() => ToJson().ToJsonString();
}
