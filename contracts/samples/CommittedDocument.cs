using System.Reflection;

namespace ModelRegistry.Samples;

/// <summary>Serves the service's committed OpenAPI document, embedded in its assembly, at <c>/openapi.json</c>.</summary>
internal static class CommittedDocument
{
    public static IEndpointConventionBuilder MapCommittedOpenApi(this IEndpointRouteBuilder endpoints, Assembly assembly) =>
        endpoints.MapGet("/openapi.json", () => Results.Stream(
            assembly.GetManifestResourceStream("openapi.json") ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no openapi.json."),
            "application/json"));
}
