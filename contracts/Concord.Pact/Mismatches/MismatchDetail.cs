using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Secrets;

namespace Concord.Pact.Mismatches;

/// <summary>One part of a request (or response, or message) that differed from the pact.</summary>
/// <param name="Type">The core's mismatch type, e.g. <c>HeaderMismatch</c>, <c>BodyMismatch</c>, <c>QueryMismatch</c>.</param>
/// <param name="Where">The part: <c>header Authorization</c>, <c>query service_id</c>, <c>body $.items[0].id</c>, <c>method</c>, <c>path</c>, <c>status</c>.</param>
/// <param name="Expected">What the pact expected, when the core said.</param>
/// <param name="Actual">What arrived; credential values are masked.</param>
/// <param name="Message">The core's own description.</param>
public sealed record MismatchDetail(string Type, string? Where, string? Expected, string? Actual, string Message)
{
    internal static MismatchDetail From(JsonObject json)
    {
        var type = JsonText.Of(json["type"]) ?? "Mismatch";
        var where = type switch
        {
            "HeaderMismatch" => $"header {JsonText.Of(json["key"])}",
            "QueryMismatch" => $"query {JsonText.Of(json["parameter"])}",
            "BodyMismatch" => $"body {JsonText.Of(json["path"])}",
            "MetadataMismatch" => $"metadata {JsonText.Of(json["key"])}",
            "MethodMismatch" => "method",
            "PathMismatch" => "path",
            "StatusMismatch" => "status",
            "BodyTypeMismatch" => "body content type",
            _ => null,
        };
        var actual = JsonText.Of(json["actual"]);
        var message = JsonText.Of(json["mismatch"]) ?? json.ToJsonString();
        if (IsCredentialPart(type, json) && actual is { Length: > 0 } secret && secret != "\"\"")
        {
            actual = Masked(secret);
            message = message.Replace(secret, actual, StringComparison.Ordinal);
        }

        return new MismatchDetail(type, where, JsonText.Of(json["expected"]), actual, message);
    }

    /// <summary>Header values under credential names and body fields named like credentials never reach a report.</summary>
    private static bool IsCredentialPart(string type, JsonObject json) => type switch
    {
        "HeaderMismatch" => JsonText.Of(json["key"]) is { } header && CredentialRedaction.IsCredentialHeader(header),
        "BodyMismatch" => JsonText.Of(json["path"]) is { } path && CredentialRedaction.IsCredentialName(path.Split('.', '[').Last().TrimEnd(']', '\'')),
        _ => false,
    };

    private static string Masked(string value) => $"<credential, {value.Length} chars>";
}
