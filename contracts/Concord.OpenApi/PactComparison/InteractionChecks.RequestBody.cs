using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.OpenApi.Loading;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    private void CheckRequestBody(PactRequest request, SpecOperation operation)
    {
        var documented = operation.Operation.RequestBody;
        var pointer = operation.Pointer + "/requestBody";
        var sent = HasContent(request.Body);
        if (documented?.Content is not { Count: > 0 } content)
        {
            if (sent)
            {
                Report(
                    PactComparisonRules.RequestBodyNotDocumented,
                    $"the request sends a body, but {operation.Method} {operation.PathTemplate} documents none; the provider may ignore it",
                    operation.Pointer);
            }

            return;
        }

        if (!sent)
        {
            if (documented.Required)
            {
                Report(
                    PactComparisonRules.RequestBodyMissing,
                    $"{operation.Method} {operation.PathTemplate} requires a request body ({string.Join(", ", content.Keys)}); the request sends none",
                    pointer,
                    fix: "Send the body the operation documents.");
            }

            return;
        }

        var contentType = request.Headers["Content-Type"] ?? request.Body!.ContentType;
        string mediaKey;
        if (contentType is null)
        {
            Report(
                PactComparisonRules.RequestContentTypeMissing,
                $"the request sends a body without a Content-Type; {operation.Method} {operation.PathTemplate} accepts {string.Join(", ", content.Keys)}",
                pointer + "/content");
            mediaKey = content.Keys.FirstOrDefault(MediaTypes.IsJson) ?? content.Keys.First();
        }
        else if (content.Keys.FirstOrDefault(key => MediaTypes.Covers(key, contentType)) is { } accepted)
        {
            mediaKey = accepted;
        }
        else
        {
            Report(
                PactComparisonRules.RequestContentTypeNotAccepted,
                $"the request sends {MediaTypes.Essence(contentType)}; {operation.Method} {operation.PathTemplate} accepts {string.Join(", ", content.Keys)}",
                pointer + "/content",
                fix: "Send a content type the operation accepts, or document the one the provider reads.");
            return;
        }

        var mediaPointer = pointer + "/content/" + JsonPointer.Escape(mediaKey);
        if (content[mediaKey].Schema is not { } schema)
        {
            return;
        }

        var sentType = contentType ?? mediaKey;
        if (FormBodies.IsUrlEncoded(sentType) || FormBodies.IsMultipart(sentType))
        {
            CheckFormBody(request, operation, sentType, mediaPointer, schema);
            return;
        }

        if (!MediaTypes.IsJson(mediaKey))
        {
            return;
        }

        if (!request.Body!.IsJson)
        {
            Report(PactComparisonRules.RequestBodyInvalid, $"the request body is not JSON, but {mediaKey} is documented", mediaPointer);
            return;
        }

        if (Compile(mediaPointer + "/schema", schema) is { } compiled)
        {
            var result = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(request.Body.Json), SchemaSet.Evaluation);
            if (!result.IsValid)
            {
                Report(
                    PactComparisonRules.RequestBodyInvalid,
                    $"the request body does not fit {operation.Method} {operation.PathTemplate}'s schema: {SchemaErrors.Describe(result, "body")}",
                    mediaPointer + "/schema",
                    fix: "Send a body the provider's schema accepts; a property the provider does not accept is refused where the schema says additionalProperties: false.");
            }
        }
    }

    /// <summary>A URL-encoded or multipart body, field by field as the pact shows it, against the operation's schema.</summary>
    private void CheckFormBody(PactRequest request, SpecOperation operation, string sentType, string mediaPointer, IOpenApiSchema schema)
    {
        var body = request.Body!;
        var kind = FormBodies.IsMultipart(sentType) ? "multipart" : "form";
        List<FormField>? fields;
        if (body.Json is JsonObject written)
        {
            // Some writers record a form as a JSON object of its fields.
            fields = [.. written.Select(p => new FormField(p.Key, p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : p.Value?.ToJsonString() ?? string.Empty, null, IsFile: false))];
        }
        else
        {
            var text = body.Text ?? (body.Json is JsonValue value && value.TryGetValue<string>(out var t) ? t : null);
            if (text is null)
            {
                return;
            }

            fields = kind == "multipart" ? FormBodies.Multipart(text, sentType) : FormBodies.UrlEncoded(text);
        }

        if (fields is null)
        {
            Report(
                PactComparisonRules.RequestBodyInvalid,
                $"the request body is sent as {MediaTypes.Essence(sentType)} but holds no part delimited by its boundary, so none of the fields {operation.Method} {operation.PathTemplate} documents",
                mediaPointer,
                fix: "Send a multipart body whose boundary is the one its Content-Type names.");
            return;
        }

        if (Compile(mediaPointer + "/schema", schema) is { } compiled)
        {
            var result = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(FormBodies.ToJson(fields, schema)), SchemaSet.Evaluation);
            if (!result.IsValid)
            {
                Report(
                    PactComparisonRules.RequestBodyInvalid,
                    $"the {kind} fields of the request do not fit {operation.Method} {operation.PathTemplate}'s schema: {SchemaErrors.Describe(result, "body")}",
                    mediaPointer + "/schema",
                    fix: "Send the fields the provider's schema names, each of its type; a field the provider does not accept is refused where the schema says additionalProperties: false.");
            }
        }
    }

    private static bool HasContent(PactBody? body) =>
        body is not null && (body.Json is not null || !string.IsNullOrEmpty(body.Text));
}
