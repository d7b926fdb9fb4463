using System.Text.Json.Nodes;
using Concord.Pact.Secrets;

namespace Concord.Pact.Consumer.Mismatches;

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
        var type = MockServerMismatch.Text(json["type"]) ?? "Mismatch";
        var where = type switch
        {
            "HeaderMismatch" => $"header {MockServerMismatch.Text(json["key"])}",
            "QueryMismatch" => $"query {MockServerMismatch.Text(json["parameter"])}",
            "BodyMismatch" => $"body {MockServerMismatch.Text(json["path"])}",
            "MetadataMismatch" => $"metadata {MockServerMismatch.Text(json["key"])}",
            "MethodMismatch" => "method",
            "PathMismatch" => "path",
            "StatusMismatch" => "status",
            "BodyTypeMismatch" => "body content type",
            _ => null,
        };
        var actual = MockServerMismatch.Text(json["actual"]);
        var message = MockServerMismatch.Text(json["mismatch"]) ?? json.ToJsonString();
        if (IsCredentialPart(type, json))
        {
            actual = Masked(actual);
            message = actual is null ? message : message.Replace(MockServerMismatch.Text(json["actual"]) ?? "\u0000", actual, StringComparison.Ordinal);
        }

        return new MismatchDetail(type, where, MockServerMismatch.Text(json["expected"]), actual, message);
    }

    /// <summary>Header values under credential names and body fields named like credentials never reach a report.</summary>
    private static bool IsCredentialPart(string type, JsonObject json) => type switch
    {
        "HeaderMismatch" => MockServerMismatch.Text(json["key"]) is { } header && CredentialRedaction.IsCredentialHeader(header),
        "BodyMismatch" => MockServerMismatch.Text(json["path"]) is { } path && CredentialRedaction.IsCredentialName(path.Split('.', '[').Last().TrimEnd(']', '\'')),
        _ => false,
    };

    private static string? Masked(string? value) =>
        string.IsNullOrEmpty(value) || value == "\"\"" ? value : $"<credential, {value.Length} chars>";
}
