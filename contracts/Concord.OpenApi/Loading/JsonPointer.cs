using System.Text;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.Loading;

/// <summary>RFC 6901 JSON pointers, written with a leading <c>#</c> as OpenAPI references use them.</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the document root.</summary>
    public const string Root = "#";

    /// <summary>Escapes one reference token (<c>~</c> becomes <c>~0</c>, <c>/</c> becomes <c>~1</c>).</summary>
    public static string Escape(string token) =>
        token.IndexOfAny(['~', '/']) < 0 ? token : token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Undoes <see cref="Escape"/>.</summary>
    public static string Unescape(string token) =>
        token.Contains('~', StringComparison.Ordinal) ? token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal) : token;

    /// <summary>Appends tokens to a pointer, escaping each.</summary>
    public static string Append(string pointer, params ReadOnlySpan<string> tokens)
    {
        var builder = new StringBuilder(pointer);
        foreach (var token in tokens)
        {
            builder.Append('/').Append(Escape(token));
        }

        return builder.ToString();
    }

    /// <summary>Splits a pointer (with or without the leading <c>#</c>) into unescaped tokens.</summary>
    public static IReadOnlyList<string> Split(string pointer)
    {
        var body = pointer.StartsWith('#') ? pointer[1..] : pointer;
        body = Uri.UnescapeDataString(body);
        if (body.Length == 0)
        {
            return [];
        }

        if (body[0] != '/')
        {
            throw new FormatException($"'{pointer}' is not a JSON pointer");
        }

        return body[1..].Split('/').Select(Unescape).ToArray();
    }

    /// <summary>The node a pointer names, or null when nothing is there.</summary>
    public static JsonNode? Resolve(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var token in Split(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>True when the pointer names a node (a present JSON null counts).</summary>
    public static bool Exists(JsonNode? root, string pointer)
    {
        JsonNode? node = root;
        var tokens = Split(pointer);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            switch (node)
            {
                case JsonObject obj when obj.TryGetPropertyValue(token, out var child):
                    node = child;
                    break;
                case JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count:
                    node = array[index];
                    break;
                default:
                    return false;
            }

            if (node is null && i < tokens.Count - 1)
            {
                return false;
            }
        }

        return true;
    }
}
