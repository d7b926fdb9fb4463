using System.Text.Json.Nodes;

namespace Concord.OpenApi.Loading;

/// <summary>One file read into a JSON tree, with where each node came from.</summary>
internal sealed record ParsedText(JsonNode Root, SourceMap Map);
