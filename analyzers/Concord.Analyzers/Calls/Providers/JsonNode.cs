using System.Collections.Generic;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>A parsed JSON value: object (members in document order), array, string, number (kept as text), true/false or null.</summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<KeyValuePair<string, JsonNode>> NoMembers = new KeyValuePair<string, JsonNode>[0];
    private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];

    private JsonNode(JsonKind kind, string? text, IReadOnlyList<KeyValuePair<string, JsonNode>>? members, IReadOnlyList<JsonNode>? items)
    {
        Kind = kind;
        Text = text;
        Members = members ?? NoMembers;
        Items = items ?? NoItems;
    }

    public JsonKind Kind { get; }

    /// <summary>A string's value, a number's or literal's text; null for objects and arrays.</summary>
    public string? Text { get; }

    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; }

    public IReadOnlyList<JsonNode> Items { get; }

    public static JsonNode Object(IReadOnlyList<KeyValuePair<string, JsonNode>> members) => new(JsonKind.Object, null, members, null);

    public static JsonNode Array(IReadOnlyList<JsonNode> items) => new(JsonKind.Array, null, null, items);

    public static JsonNode Scalar(JsonKind kind, string text) => new(kind, text, null, null);

    /// <summary>The member named <paramref name="name"/> of an object; null when absent or not an object.</summary>
    public JsonNode? this[string name]
    {
        get
        {
            foreach (var member in Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }

    public string? StringValue => Kind == JsonKind.String ? Text : null;

    public bool IsTrue => Kind == JsonKind.True;
}

internal enum JsonKind
{
    Null,
    True,
    False,
    Number,
    String,
    Array,
    Object,
}
