using System.Text.Json.Nodes;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Keywords compared by value: JSON Schema 2020-12 constraints (OpenAPI 3.1), defaults, and the
/// <c>x-extensible-enum</c> convention (an enum clients must expect to grow).
/// </summary>
internal sealed partial class SchemaComparer
{
    private void CompareKeywords(IOpenApiSchema before, IOpenApiSchema after, SchemaSite site)
    {
        foreach (var keyword in ConstraintKeywords)
        {
            var was = keyword.Read(before);
            var now = keyword.Read(after);
            if (string.Equals(was, now, StringComparison.Ordinal))
            {
                continue;
            }

            var keywordSite = site.Keyword(keyword.Name);
            if (was is null && site.IsRequest)
            {
                Report(SpecRules.RequestSchemaConstraintAdded, keywordSite, null, Short(now));
            }
            else if (now is null && !site.IsRequest)
            {
                Report(SpecRules.ResponseSchemaConstraintRemoved, keywordSite, Short(was), null);
            }
            else if (was is not null && now is not null)
            {
                Report(SpecRules.SchemaConstraintChanged, keywordSite, Short(was), Short(now));
            }
        }

        // A default says what a left-out value means: to the server for requests, to clients for responses.
        var wasDefault = before.Default?.ToJsonString();
        var nowDefault = after.Default?.ToJsonString();
        if (wasDefault is null && nowDefault is not null)
        {
            Report(site.IsRequest ? SpecRules.RequestDefaultAdded : SpecRules.ResponseDefaultAdded, site, null, nowDefault);
        }
        else if (wasDefault is not null && nowDefault is null)
        {
            Report(site.IsRequest ? SpecRules.RequestDefaultRemoved : SpecRules.ResponseDefaultRemoved, site, wasDefault, null);
        }

        var extensibleBefore = ExtensibleEnum(before);
        var extensibleAfter = ExtensibleEnum(after);
        if (extensibleBefore is not null && extensibleAfter is not null)
        {
            var removed = extensibleBefore.Except(extensibleAfter).ToArray();
            var added = extensibleAfter.Except(extensibleBefore).ToArray();
            if (site.IsRequest && removed.Length > 0)
            {
                Report(SpecRules.RequestExtensibleEnumValueRemoved, site, List(removed), null);
            }
            else if (!site.IsRequest && added.Length > 0)
            {
                Report(SpecRules.ResponseExtensibleEnumValueAdded, site, null, List(added));
            }
        }
    }

    private sealed record Keyword(string Name, Func<IOpenApiSchema, string?> Read);

    private static readonly Keyword[] ConstraintKeywords =
    [
        new("prefixItems", s => Unrecognized(s, "prefixItems")),
        new("contains", s => Json((s as OpenApiSchema)?.Contains)),
        new("minContains", s => (s as OpenApiSchema)?.MinContains?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("maxContains", s => (s as OpenApiSchema)?.MaxContains?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("propertyNames", s => Json((s as OpenApiSchema)?.PropertyNames)),
        new("patternProperties", s => Map(s.PatternProperties)),
        new("dependentRequired", s => s.DependentRequired is { Count: > 0 } d
            ? string.Join("; ", d.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(",", p.Value.Order(StringComparer.Ordinal))))
            : null),
        new("dependentSchemas", s => Map((s as OpenApiSchema)?.DependentSchemas)),
        // if/then/else work together: one keyword for the three.
        new("if/then/else", s => s is OpenApiSchema { If: var i, Then: var t, Else: var e } && (i ?? t ?? e) is not null
            ? $"if {Json(i) ?? "-"} then {Json(t) ?? "-"} else {Json(e) ?? "-"}"
            : null),
        new("unevaluatedProperties", s => (s as OpenApiSchema)?.UnevaluatedPropertiesSchema is { } u ? Json(u) : s is OpenApiSchema { UnevaluatedProperties: false } ? "false" : null),
        new("unevaluatedItems", s => Unrecognized(s, "unevaluatedItems")),
        new("contentMediaType", s => (s as OpenApiSchema)?.ContentMediaType),
        new("contentEncoding", s => (s as OpenApiSchema)?.ContentEncoding),
    ];

    // Some 2020-12 keywords are only on the concrete schema class; compared schemas are resolved, so they are that class.
    private static string? Json(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return null;
        }

        var text = new StringWriter();
        schema.SerializeAsV31(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }));
        return text.ToString();
    }

    private static string? Map(IDictionary<string, IOpenApiSchema>? schemas) =>
        schemas is { Count: > 0 }
            ? "{" + string.Join(",", schemas.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Json(p.Value)}")) + "}"
            : null;

    private static string? Unrecognized(IOpenApiSchema schema, string keyword) =>
        schema.UnrecognizedKeywords?.TryGetValue(keyword, out var value) == true ? value?.ToJsonString() : null;

    private static SortedSet<string>? ExtensibleEnum(IOpenApiSchema schema) =>
        schema.Extensions?.TryGetValue("x-extensible-enum", out var extension) == true && extension is JsonNodeExtension { Node: JsonArray values }
            ? new SortedSet<string>(values.Select(v => v?.ToJsonString() ?? "null"), StringComparer.Ordinal)
            : null;

    private static string? Short(string? value) => value is { Length: > 120 } ? value[..117] + "..." : value;
}
