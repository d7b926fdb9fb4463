using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// Reads pact files (specification 2, 3 and 4) as plain JSON. Anything that is not a pact (no
/// interactions, a request without method or path) is one <see cref="PactReadException"/> naming the file,
/// line and column; nothing is half read.
/// </summary>
public static class PactReader
{
    private const int MaxDepth = 256;

    /// <summary>The most bytes read from one pact file (64 MiB).</summary>
    public const long MaxPactBytes = 64L * 1024 * 1024;

    /// <summary>Reads a pact file by path; <paramref name="displayName"/> names it in findings and errors.</summary>
    public static ConsumerPact ReadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxPactBytes)
            {
                throw new PactReadException(name, $"the file is larger than {MaxPactBytes} bytes");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PactReadException(name, "cannot read the pact file: " + e.Message, inner: e);
        }

        return Read(name, bytes);
    }

    /// <summary>Reads a pact held in memory.</summary>
    public static ConsumerPact ReadText(string name, string json) => Read(name, Encoding.UTF8.GetBytes(json));

    private static ConsumerPact Read(string name, byte[] utf8)
    {
        ParsedText parsed;
        try
        {
            parsed = JsonTextReader.Read(utf8, name, new SpecLoadOptions { MaxDepth = MaxDepth });
        }
        catch (SpecLoadException e)
        {
            throw new PactReadException(name, e.Reason, e.Line, e.Column, e);
        }

        var context = new Context(name, parsed.Map);
        if (parsed.Root is not JsonObject root)
        {
            throw context.Error("#", "a pact file is a JSON object");
        }

        var consumer = NameOf(root, "consumer", context);
        var provider = NameOf(root, "provider", context);
        var version = SpecificationVersion(root);
        var interactions = new List<PactInteraction>();
        if (root["interactions"] is { } listed)
        {
            if (listed is not JsonArray array)
            {
                throw context.Error("#/interactions", "'interactions' is not an array");
            }

            for (var i = 0; i < array.Count; i++)
            {
                interactions.Add(ReadInteraction(array[i], $"#/interactions/{i}", version, context));
            }
        }

        // V3 message pacts keep their messages apart.
        if (root["messages"] is JsonArray messages)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                interactions.Add(new PactInteraction(
                    DescriptionOf(messages[i], $"#/messages/{i}", context), PactInteractionKind.Message, "message", context.Line($"#/messages/{i}"), null, null));
            }
        }

        if (root["interactions"] is null && root["messages"] is null)
        {
            throw context.Error("#", "no 'interactions' (or 'messages'): is this a pact file?");
        }

        return new ConsumerPact(name, consumer, provider, version, interactions);
    }

    private static PactInteraction ReadInteraction(JsonNode? node, string pointer, string version, Context context)
    {
        if (node is not JsonObject interaction)
        {
            throw context.Error(pointer, "an interaction is not an object");
        }

        var description = DescriptionOf(interaction, pointer, context);
        var type = interaction["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var t) ? t : string.Empty;
        if (type.Length > 0 && !type.Equals("Synchronous/HTTP", StringComparison.OrdinalIgnoreCase))
        {
            return new PactInteraction(description, PactInteractionKind.Message, type, context.Line(pointer), null, null);
        }

        if (interaction["request"] is not JsonObject request)
        {
            // A V3 message written among interactions (some writers do) has contents instead of a request.
            if (interaction.ContainsKey("contents") || interaction.ContainsKey("metaData"))
            {
                return new PactInteraction(description, PactInteractionKind.Message, "message", context.Line(pointer), null, null);
            }

            throw context.Error(pointer, $"interaction '{description}' has no 'request' object");
        }

        if (interaction["response"] is not JsonObject response)
        {
            throw context.Error(pointer, $"interaction '{description}' has no 'response' object");
        }

        var isV4 = version.StartsWith('4');
        return new PactInteraction(
            description,
            PactInteractionKind.Http,
            type,
            context.Line(pointer),
            ReadRequest(request, pointer + "/request", description, isV4, context),
            ReadResponse(response, pointer + "/response", description, isV4, context))
        {
            ProviderStates = ProviderStatesOf(interaction),
        };
    }

    // V2: "providerState": "name"; V3/V4: "providerStates": [{"name": "...", "params": {...}}].
    private static List<string> ProviderStatesOf(JsonObject interaction)
    {
        var states = new List<string>();
        if (interaction["providerState"] is JsonValue single && single.TryGetValue<string>(out var one) && one.Length > 0)
        {
            states.Add(one);
        }

        if (interaction["providerStates"] is JsonArray many)
        {
            foreach (var state in many)
            {
                if (state?["name"] is JsonValue name && name.TryGetValue<string>(out var text))
                {
                    states.Add(text);
                }
            }
        }

        return states;
    }

    private static PactRequest ReadRequest(JsonObject request, string pointer, string description, bool isV4, Context context)
    {
        var method = request["method"] is JsonValue m && m.TryGetValue<string>(out var methodText) && methodText.Length > 0
            ? methodText.ToUpperInvariant()
            : throw context.Error(pointer, $"interaction '{description}': the request has no method");
        var path = request["path"] is JsonValue p && p.TryGetValue<string>(out var pathText)
            ? pathText
            : throw context.Error(pointer, $"interaction '{description}': the request has no path");
        var headers = ReadHeaders(request["headers"]);
        return new PactRequest(method, path, ReadQuery(request["query"]), headers, ReadBody(request, headers, isV4), PactMatchers.Read(request["matchingRules"]));
    }

    private static PactResponse ReadResponse(JsonObject response, string pointer, string description, bool isV4, Context context)
    {
        var status = response["status"] is JsonValue s && s.TryGetValue<int>(out var code)
            ? code
            : throw context.Error(pointer, $"interaction '{description}': the response has no numeric status");
        var headers = ReadHeaders(response["headers"]);
        return new PactResponse(status, headers, ReadBody(response, headers, isV4), PactMatchers.Read(response["matchingRules"]));
    }

    // V2: "a=1&b=2"; V3 and V4: {"a": ["1"], "b": ["2"]} (pact-js V3 also writes single strings).
    private static List<KeyValuePair<string, string>> ReadQuery(JsonNode? node)
    {
        var query = new List<KeyValuePair<string, string>>();
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                foreach (var pair in text.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var equals = pair.IndexOf('=');
                    var name = equals < 0 ? pair : pair[..equals];
                    var item = equals < 0 ? string.Empty : pair[(equals + 1)..];
                    query.Add(new(Uri.UnescapeDataString(name.Replace('+', ' ')), Uri.UnescapeDataString(item.Replace('+', ' '))));
                }

                break;
            case JsonObject parameters:
                foreach (var (name, values) in parameters)
                {
                    foreach (var item in Values(values))
                    {
                        query.Add(new(name, item));
                    }
                }

                break;
        }

        return query;
    }

    private static PactHeaders ReadHeaders(JsonNode? node)
    {
        var headers = new PactHeaders();
        if (node is JsonObject entries)
        {
            foreach (var (name, values) in entries)
            {
                foreach (var item in Values(values))
                {
                    headers.Add(name, item);
                }
            }
        }

        return headers;
    }

    private static IEnumerable<string> Values(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(ScalarText).OfType<string>(),
        _ when ScalarText(node) is { } single => [single],
        _ => [],
    };

    private static string? ScalarText(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    private static PactBody? ReadBody(JsonObject message, PactHeaders headers, bool isV4)
    {
        if (!message.TryGetPropertyValue("body", out var body))
        {
            return null;
        }

        var headerType = headers["Content-Type"];

        // V4 wraps the body: {"content": ..., "contentType": "...", "encoded": false | "base64" | "json"}.
        if (isV4 && body is JsonObject wrapped && wrapped.ContainsKey("content"))
        {
            var contentType = wrapped["contentType"] is JsonValue ct && ct.TryGetValue<string>(out var declared) ? declared : headerType;
            var content = wrapped["content"];
            var encoding = wrapped["encoded"] is JsonValue e && e.TryGetValue<string>(out var enc) ? enc : null;
            if (encoding is not null && encoding.Equals("base64", StringComparison.OrdinalIgnoreCase) && content is JsonValue encoded
                && encoded.TryGetValue<string>(out var base64))
            {
                string text;
                try
                {
                    text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
                }
                catch (FormatException)
                {
                    return new PactBody(null, base64, contentType);
                }

                return TextBody(text, contentType);
            }

            if (content is JsonValue textValue && textValue.TryGetValue<string>(out var plain) && (encoding is "json" || !MediaTypes.IsJson(contentType)))
            {
                return TextBody(plain, contentType);
            }

            return new PactBody(content?.DeepClone(), null, contentType);
        }

        // V2/V3: the body is the JSON value itself; a string under a non-JSON content type is text.
        if (body is JsonValue stringBody && stringBody.TryGetValue<string>(out var bodyText) && headerType is not null && !MediaTypes.IsJson(headerType))
        {
            return new PactBody(null, bodyText, headerType);
        }

        return new PactBody(body?.DeepClone(), null, headerType);
    }

    private static PactBody TextBody(string text, string? contentType)
    {
        if (MediaTypes.IsJson(contentType))
        {
            try
            {
                return new PactBody(JsonNode.Parse(text), null, contentType);
            }
            catch (JsonException)
            {
                // Declared JSON but not JSON: checked as text, which the body check reports.
            }
        }

        return new PactBody(null, text, contentType);
    }

    private static string NameOf(JsonObject root, string party, Context context) =>
        root[party] is JsonObject p && p["name"] is JsonValue n && n.TryGetValue<string>(out var name) && name.Length > 0
            ? name
            : throw context.Error("#", $"no {party}.name: is this a pact file?");

    private static string SpecificationVersion(JsonObject root)
    {
        var metadata = root["metadata"] as JsonObject;
        var spec = metadata?["pactSpecification"] ?? metadata?["pact-specification"] ?? metadata?["pactSpecificationVersion"];
        var version = spec switch
        {
            JsonObject o when o["version"] is JsonValue v && v.TryGetValue<string>(out var text) => text,
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            _ => null,
        };
        return version ?? "2.0.0";
    }

    private static string DescriptionOf(JsonNode? interaction, string pointer, Context context) =>
        interaction?["description"] is JsonValue d && d.TryGetValue<string>(out var text)
            ? text
            : throw context.Error(pointer, "an interaction has no description");

    private sealed record Context(string File, SourceMap Map)
    {
        public int? Line(string pointer) => Map.Find(pointer)?.Line;

        public PactReadException Error(string pointer, string reason)
        {
            var position = Map.Find(pointer);
            return new PactReadException(File, reason, position?.Line ?? 1, position?.Column ?? 1);
        }
    }
}
