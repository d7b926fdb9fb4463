using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Mismatches;

namespace Concord.Pact.Consumer.Mismatches;

/// <summary>One problem the mock server saw: a request that did not match, was not expected, or never came.</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Method">The request's method.</param>
/// <param name="Path">The request's path.</param>
/// <param name="Details">For a mismatched request, each part that differed; empty otherwise.</param>
public sealed record MockServerMismatch(MockServerMismatchKind Kind, string Method, string Path, IReadOnlyList<MismatchDetail> Details)
{
    /// <summary>Reads the core's mismatch JSON; an entry of an unknown type is kept with its raw text, never dropped.</summary>
    internal static IReadOnlyList<MockServerMismatch> Parse(string json)
    {
        if (JsonNode.Parse(json) is not JsonArray entries)
        {
            return [];
        }

        var result = new List<MockServerMismatch>();
        foreach (var entry in entries.OfType<JsonObject>())
        {
            var method = JsonText.Of(entry["method"]) ?? "?";
            var path = JsonText.Of(entry["path"]) ?? "?";
            var kind = JsonText.Of(entry["type"]) switch
            {
                "request-mismatch" => MockServerMismatchKind.MismatchedRequest,
                "request-not-found" => MockServerMismatchKind.UnexpectedRequest,
                "missing-request" => MockServerMismatchKind.MissingRequest,
                _ => MockServerMismatchKind.Other,
            };
            var details = kind == MockServerMismatchKind.Other
                ? [new MismatchDetail("Other", null, null, null, entry.ToJsonString())]
                : (entry["mismatches"] as JsonArray ?? []).OfType<JsonObject>().Select(MismatchDetail.From).ToList();
            result.Add(new MockServerMismatch(kind, method, path, details));
        }

        return result;
    }
}
