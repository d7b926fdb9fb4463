using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

/// <summary>One operation of the provider's document, with what the checks need of it.</summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="PathTemplate">The path as the document writes it, e.g. <c>/orders/{id}</c>.</param>
/// <param name="Pointer">The operation's JSON pointer in the model, e.g. <c>#/paths/~1orders~1{id}/get</c>.</param>
/// <param name="Operation">The reader's model of the operation.</param>
/// <param name="Parameters">The operation's parameters, then those of its path item it does not override.</param>
internal sealed record SpecOperation(string Method, string PathTemplate, string Pointer, OpenApiOperation Operation, IReadOnlyList<IOpenApiParameter> Parameters);
