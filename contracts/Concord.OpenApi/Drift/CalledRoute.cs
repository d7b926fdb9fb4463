using Concord.Core.Findings;

namespace Concord.OpenApi.Drift;

/// <summary>A route a consumer's code calls: the path literal, the HTTP method when the call names it, and where.</summary>
public sealed record CalledRoute(string Path, string? Method, SourceLocation Where);
