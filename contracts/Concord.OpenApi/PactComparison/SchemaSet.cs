using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.OpenApi.Loading;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Json.Schema;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The schemas of one document as JSON Schema 2020-12, compiled once and reused for every pact. The reader's
/// model is written out as OpenAPI 3.1, which translates what 2020-12 does not know: OpenAPI 3.0's
/// <c>nullable</c> and boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, Swagger 2.0's definitions
/// and <c>x-nullable</c>. The component schemas become the <c>$defs</c> of one root schema; every schema a
/// check uses (a body, a parameter, a header) is compiled on first use against that root, so <c>$ref</c>
/// cycles resolve lazily and each schema is compiled once.
/// </summary>
internal sealed class SchemaSet
{
    private const string ComponentsPrefix = "#/components/schemas/";
    private static int s_documents;

    private readonly BuildOptions _build;
    private readonly string _rootId;
    private readonly ConcurrentDictionary<string, CompiledSchema?> _compiled = new(StringComparer.Ordinal);
    private readonly Lock _buildLock = new();

    public SchemaSet(SpecDocument document)
    {
        _rootId = "urn:concord:openapi:" + Interlocked.Increment(ref s_documents).ToString(CultureInfo.InvariantCulture);
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        Definitions = new JsonObject();
        foreach (var (name, schema) in (IEnumerable<KeyValuePair<string, IOpenApiSchema>>?)document.Model.Components?.Schemas ?? [])
        {
            if (schema is not null)
            {
                Definitions[name] = Rewrite(Serialize(schema), local: true);
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = _rootId,
            ["$defs"] = Definitions.DeepClone(),
        };
        JsonSchema.Build(JsonSerializer.SerializeToElement(root), _build);
    }

    /// <summary>The component schemas as 2020-12 JSON, by name (what <see cref="Resolve"/> follows).</summary>
    public JsonObject Definitions { get; }

    /// <summary>The options every validation uses: list output, formats checked.</summary>
    public static EvaluationOptions Evaluation { get; } = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The compiled form of a model schema, keyed by where it sits; null when it cannot be compiled.</summary>
    public CompiledSchema? Get(string site, IOpenApiSchema schema) =>
        _compiled.GetOrAdd(site, _ =>
        {
            var json = Rewrite(Serialize(schema), local: false);
            try
            {
                lock (_buildLock)
                {
                    return new CompiledSchema(JsonSchema.Build(JsonSerializer.SerializeToElement(json), _build), json);
                }
            }
            catch (Exception e) when (e is JsonSchemaException or JsonException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        });

    /// <summary>The schema a <c>$ref</c> (as written in compiled JSON) names, or the node itself.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        for (var hops = 0; hops < 64 && schema is JsonObject o && o["$ref"] is JsonValue r && r.TryGetValue<string>(out var target); hops++)
        {
            var name = target[(target.LastIndexOf('/') + 1)..];
            schema = Definitions[JsonPointer.Unescape(name)];
        }

        return schema;
    }

    private static JsonNode Serialize(IOpenApiSchema schema)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        schema.SerializeAsV31(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString()) ?? new JsonObject();
    }

    // $ref "#/components/schemas/X" → "#/$defs/X" inside the root, the root's absolute id elsewhere.
    private JsonNode Rewrite(JsonNode node, bool local)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && target.StartsWith(ComponentsPrefix, StringComparison.Ordinal))
                    {
                        o[key] = (local ? string.Empty : _rootId) + "#/$defs/" + target[ComponentsPrefix.Length..];
                    }
                    else if (value is not null)
                    {
                        Rewrite(value, local);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Rewrite(item, local);
                    }
                }

                break;
        }

        return node;
    }
}

/// <summary>A compiled schema and the 2020-12 JSON it was compiled from.</summary>
internal sealed record CompiledSchema(JsonSchema Schema, JsonNode Json);
