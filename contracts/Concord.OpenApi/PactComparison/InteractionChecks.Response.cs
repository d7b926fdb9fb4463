using System.Globalization;
using System.Text.Json;
using Concord.OpenApi.Loading;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    private void CheckResponse(PactRequest request, PactResponse response, SpecOperation operation)
    {
        var responses = operation.Operation.Responses;
        var status = response.Status.ToString(CultureInfo.InvariantCulture);
        var range = status[0] + "XX";
        var key = responses?.Keys.FirstOrDefault(k => k == status)
            ?? responses?.Keys.FirstOrDefault(k => k.Equals(range, StringComparison.OrdinalIgnoreCase))
            ?? responses?.Keys.FirstOrDefault(k => k == "default");
        if (key is null || responses![key] is not { } documented)
        {
            Report(
                PactComparisonRules.ResponseStatusNotDocumented,
                $"the consumer expects {status}; {operation.Method} {operation.PathTemplate} documents {string.Join(", ", responses?.Keys.AsEnumerable() ?? [])}",
                operation.Pointer + "/responses",
                fix: "Expect a status the provider documents, or document the one it answers.");
            return;
        }

        var pointer = operation.Pointer + "/responses/" + JsonPointer.Escape(key);
        if (key == "default")
        {
            Report(
                PactComparisonRules.ResponseStatusOnlyDefault,
                $"the consumer expects {status}, which {operation.Method} {operation.PathTemplate} covers only by its default response",
                pointer);
        }

        CheckResponseHeaders(response, documented, pointer);
        CheckResponseBody(request, response, operation, documented, pointer);
    }

    private void CheckResponseHeaders(PactResponse response, IOpenApiResponse documented, string pointer)
    {
        foreach (var (name, header) in documented.Headers ?? new Dictionary<string, IOpenApiHeader>())
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || response.Headers[name] is not { } value || header.Schema is not { } schema)
            {
                continue;
            }

            var headerPointer = pointer + "/headers/" + JsonPointer.Escape(name);
            if (Compile(headerPointer + "/schema", schema) is { } compiled)
            {
                var result = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(ParameterValues.ToJson(schema, [value])), SchemaSet.Evaluation);
                if (!result.IsValid)
                {
                    Report(
                        PactComparisonRules.ResponseHeaderInvalid,
                        $"the consumer expects header {name}: '{Shown(name, value)}', which does not fit the documented schema: {SchemaErrors.Describe(result, "value")}",
                        headerPointer);
                }
            }
        }
    }

    private void CheckResponseBody(PactRequest request, PactResponse response, SpecOperation operation, IOpenApiResponse documented, string pointer)
    {
        var expects = HasContent(response.Body);
        if (documented.Content is not { Count: > 0 } content)
        {
            if (expects)
            {
                Report(
                    PactComparisonRules.ResponseBodyNotDocumented,
                    $"the consumer expects a {response.Status} response body, but {operation.Method} {operation.PathTemplate} documents none for it",
                    pointer);
            }

            return;
        }

        var candidates = content.Keys.ToList();
        if (request.Headers["Accept"] is { } accept)
        {
            var ranges = MediaTypes.AcceptRanges(accept);
            candidates = [.. candidates.Where(type => ranges.Any(r => MediaTypes.Compatible(r, type)))];
            if (candidates.Count == 0)
            {
                Report(
                    PactComparisonRules.ResponseContentTypeNotDocumented,
                    $"the request accepts {accept}; {operation.Method} {operation.PathTemplate} answers {response.Status} with {string.Join(", ", content.Keys)}",
                    pointer + "/content");
                return;
            }
        }

        var contentType = response.Headers["Content-Type"] ?? response.Body?.ContentType;
        string mediaKey;
        if (contentType is not null)
        {
            if (candidates.FirstOrDefault(type => MediaTypes.Compatible(type, contentType)) is not { } documentedType)
            {
                Report(
                    PactComparisonRules.ResponseContentTypeNotDocumented,
                    $"the consumer expects {MediaTypes.Essence(contentType)}; {operation.Method} {operation.PathTemplate} answers {response.Status} with {string.Join(", ", candidates)}",
                    pointer + "/content");
                return;
            }

            mediaKey = documentedType;
        }
        else
        {
            mediaKey = candidates.FirstOrDefault(MediaTypes.IsJson) ?? candidates[0];
        }

        if (!expects || content[mediaKey].Schema is not { } schema || !MediaTypes.IsJson(mediaKey) || !response.Body!.IsJson)
        {
            return;
        }

        var mediaPointer = pointer + "/content/" + JsonPointer.Escape(mediaKey) + "/schema";
        if (Compile(mediaPointer, schema) is not { } compiled)
        {
            return;
        }

        var result = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(response.Body.Json), SchemaSet.Evaluation);
        if (!result.IsValid)
        {
            Report(
                PactComparisonRules.ResponseBodyInvalid,
                $"the consumer expects a {response.Status} body the provider's schema does not allow: {SchemaErrors.Describe(result, "body")}",
                mediaPointer,
                fix: "Expect what the provider documents, or correct the document if the provider answers this way.");
            return;
        }

        var undocumented = UndocumentedProperties.Find(response.Body.Json, compiled.Json, schemas);
        if (undocumented.Count > 0)
        {
            var more = undocumented.Count > 3 ? $" (and {undocumented.Count - 3} more)" : string.Empty;
            Report(
                PactComparisonRules.ResponsePropertyNotDocumented,
                $"the consumer expects {string.Join(", ", undocumented.Take(3).Select(p => $"'{p}'"))}{more} in the {response.Status} body; the document does not promise them",
                mediaPointer,
                fix: "Document the property if the provider returns it, or stop relying on it.");
        }
    }
}
