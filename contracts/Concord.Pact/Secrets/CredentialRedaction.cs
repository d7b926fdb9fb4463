using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Concord.Pact.Json;
using Match = Concord.Pact.Matchers.Match;

namespace Concord.Pact.Secrets;

/// <summary>
/// Keeps credentials out of pact files: a plain credential value (an <c>Authorization</c> header,
/// an API-key header, a body field named like <c>api_key</c> or <c>password</c>) is written as a
/// matcher whose example is <see cref="NeutralExample"/>. The consumer's real traffic must still
/// have the value's shape; the provider's verifier receives the neutral example unless CI
/// injects a real test credential as a custom header.
/// </summary>
public static partial class CredentialRedaction
{
    /// <summary>The example written in place of every credential value.</summary>
    public const string NeutralExample = "redacted-example-credential";

    /// <summary>True for headers that carry credentials.</summary>
    public static bool IsCredentialHeader(string name)
    {
        var normalised = name.ToLowerInvariant();
        return normalised is "authorization" or "proxy-authorization" or "cookie" or "set-cookie"
            || IsCredentialName(normalised);
    }

    /// <summary>True for JSON fields (and header names) that carry credentials: <c>api_key</c>, <c>apiKey</c>, <c>client_secret</c>, <c>password</c>, <c>access_token</c>, …</summary>
    public static bool IsCredentialName(string name)
    {
        var squashed = name.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return squashed.EndsWith("apikey", StringComparison.Ordinal)
            || squashed.EndsWith("secret", StringComparison.Ordinal)
            || squashed.EndsWith("password", StringComparison.Ordinal)
            || squashed.EndsWith("passwd", StringComparison.Ordinal)
            || squashed.EndsWith("token", StringComparison.Ordinal)
            || squashed.EndsWith("privatekey", StringComparison.Ordinal)
            || squashed.EndsWith("credential", StringComparison.Ordinal)
            || squashed.EndsWith("credentials", StringComparison.Ordinal)
            || squashed == "authorization";
    }

    /// <summary>A credential header's plain value as a matcher; any other value unchanged.</summary>
    internal static JsonNode RedactHeader(string name, JsonNode value)
    {
        if (!IsCredentialHeader(name) || value is not JsonValue plain || !plain.TryGetValue(out string? text))
        {
            return value;
        }

        var scheme = AuthorizationScheme().Match(text);
        return scheme.Success
            ? Match.Regex($"{Regex.Escape(scheme.Groups["scheme"].Value)} \\S+", $"{scheme.Groups["scheme"].Value} {NeutralExample}").ToJson()
            : Match.Regex("\\S+", NeutralExample).ToJson();
    }

    /// <summary>A copy of a JSON body in which every plain string under a credential-named field is a type matcher with the neutral example.</summary>
    internal static JsonNode? RedactBody(JsonNode? body)
    {
        var copy = body?.DeepClone();
        Redact(copy);
        return copy;
    }

    private static void Redact(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject matcher when PactJson.IsMatcher(matcher):
                Redact(matcher["value"]);
                if (matcher["variants"] is JsonArray variants)
                {
                    Redact(variants);
                }

                break;
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsCredentialName(name) && obj[name] is JsonValue value && value.TryGetValue(out string? _))
                    {
                        obj[name] = Match.Type(NeutralExample).ToJson();
                    }
                    else
                    {
                        Redact(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Redact(item);
                }

                break;
        }
    }

    [GeneratedRegex("^(?<scheme>[A-Za-z][A-Za-z0-9-]*) +\\S+$")]
    private static partial Regex AuthorizationScheme();
}
