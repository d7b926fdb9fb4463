using Microsoft.OpenApi;

namespace Concord.OpenApi.Loading;

/// <summary>
/// After reading: everything an operation depends on must be there and be the right kind of thing.
/// The text-level check only knows that a reference leads somewhere; a reference to the wrong kind
/// (a parameter reference to a schema) or a value that is not an object (<c>responses: {"200": true}</c>)
/// would leave a hole the diff could fall into, so each is one clear error instead.
/// </summary>
internal static class ModelIntegrityCheck
{
    public static void Verify(OpenApiDocument document, SourceMap map, string name)
    {
        var check = new Checker(map, name);
        foreach (var (path, item) in document.Paths ?? [])
        {
            var pathPointer = JsonPointer.Append("#/paths", path);
            check.Require(item is not null and not OpenApiPathItemReference { Target: null }, pathPointer, "is not a path item");
            check.Parameters(item!.Parameters, pathPointer + "/parameters");
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var pointer = pathPointer + "/" + method.Method.ToLowerInvariant();
                check.Require(operation is not null, pointer, "is not an operation");
                check.Parameters(operation!.Parameters, pointer + "/parameters");
                check.Require(operation.RequestBody is not OpenApiRequestBodyReference { Target: null }, pointer + "/requestBody", "is not a request body");
                check.Content(operation.RequestBody?.Content, pointer + "/requestBody");
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    var responsePointer = JsonPointer.Append(pointer, "responses", status);
                    check.Require(response is not null and not OpenApiResponseReference { Target: null }, responsePointer, "is not a response");
                    check.Content(response!.Content, responsePointer);
                    foreach (var (header, value) in response.Headers ?? new Dictionary<string, IOpenApiHeader>())
                    {
                        check.Require(value is not null and not OpenApiHeaderReference { Target: null }, JsonPointer.Append(responsePointer, "headers", header), "is not a header");
                    }
                }
            }
        }
    }

    private sealed class Checker(SourceMap map, string name)
    {
        public void Parameters(IList<IOpenApiParameter>? parameters, string pointer)
        {
            for (var i = 0; i < (parameters?.Count ?? 0); i++)
            {
                Require(parameters![i] is not null and not OpenApiParameterReference { Target: null }, $"{pointer}/{i}", "is not a parameter");
            }
        }

        public void Content(IDictionary<string, IOpenApiMediaType>? content, string pointer)
        {
            foreach (var (mediaType, media) in content ?? new Dictionary<string, IOpenApiMediaType>())
            {
                Require(media is not null and not OpenApiMediaTypeReference { Target: null }, JsonPointer.Append(pointer, "content", mediaType), "is not a media type object");
            }
        }

        public void Require(bool holds, string pointer, string problem)
        {
            if (!holds)
            {
                var position = map.Find(pointer);
                throw new SpecLoadException(name, $"'{pointer}' {problem}", position?.Line, position?.Column);
            }
        }
    }
}
