using System.Text;
using System.Text.Json.Nodes;

namespace Concord.Pact.AspNetCore.Messages;

/// <summary>Reads the request part the verifier sends for a V4 synchronous message: <c>{"contents": {"content", "contentType", "encoded"}, "metadata"}</c>.</summary>
internal static class SynchronousRequest
{
    internal static MessageRequest Read(MessageRequest request, JsonNode? part)
    {
        if (part is not JsonObject message)
        {
            return request;
        }

        var contents = message["contents"] as JsonObject;
        var contentType = contents?["contentType"]?.ToString();
        var content = contents?["content"];
        if (contents?["encoded"] is JsonValue encoded && encoded.TryGetValue(out string? encoding) && encoding.Equals("base64", StringComparison.OrdinalIgnoreCase)
            && content is JsonValue base64 && base64.TryGetValue(out string? data))
        {
            content = JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(data)));
        }

        var metadata = (message["metadata"] as JsonObject ?? [])
            .ToDictionary(p => p.Key, p => p.Value is JsonValue value && value.TryGetValue(out string? text) ? text : p.Value?.ToJsonString() ?? string.Empty);
        return request with { Request = content?.DeepClone(), RequestContentType = contentType, RequestMetadata = metadata };
    }
}
