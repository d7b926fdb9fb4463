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
/// The schemas of one document as JSON Schema 2020-12, each compiled once and reused for every pact. The
/// reader's model is written out as OpenAPI 3.1, which translates what 2020-12 does not know: OpenAPI 3.0's
/// <c>nullable</c> and boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, Swagger 2.0's definitions
/// and <c>x-nullable</c>. Each component schema becomes a schema of its own (id
/// <c>urn:concord:openapi:N:Name</c>), compiled the first time a check reaches it, so a large document
/// costs only what its pacts use; references resolve when validating, so <c>$ref</c> cycles are fine.
/// </summary>
internal sealed class SchemaSet
{
    private const string ComponentsPrefix = "#/components/schemas/";
    private static int s_documents;

    // Draft 2020-12 (OpenAPI 3.1's dialect) with unknown keywords allowed: documents carry example, xml,
    // discriminator and vendor x-… keywords, which annotate and must not stop a schema from compiling.
    private static readonly Dialect s_dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);

    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry(), Dialect = s_dialect };
    private readonly string _idPrefix;
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly Dictionary<string, JsonNode?> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledSchema?> _compiled = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SchemaSet(SpecDocument document)
    {
        _idPrefix = "urn:concord:openapi:" + Interlocked.Increment(ref s_documents).ToString(CultureInfo.InvariantCulture) + ":";
        _components = document.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
    }

    private readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _uncompiledComponents = new(StringComparer.Ordinal);

    /// <summary>Component schemas the validator could not compile (name: reason); they accept any value.</summary>
    public IReadOnlyList<string> Uncompiled
    {
        get
        {
            lock (_lock)
            {
                return [.. _uncompiledComponents.Select(c => c.Key + ": " + c.Value)];
            }
        }
    }

    /// <summary>
    /// Why the schema at <paramref name="site"/> was not (or not wholly) compiled: the schema itself, or a component
    /// it references, which then accepts any value. Each as (JSON pointer of the schema, reason); empty when it compiled.
    /// </summary>
    public IReadOnlyList<(string Pointer, string Reason)> Problems(string site)
    {
        lock (_lock)
        {
            if (_failures.TryGetValue(site, out var reason))
            {
                return [(site, reason)];
            }

            return _compiled.GetValueOrDefault(site) is { } compiled
                ? [.. compiled.Components.Where(_uncompiledComponents.ContainsKey).Select(name => (ComponentsPrefix + JsonPointer.Escape(name), _uncompiledComponents[name]))]
                : [];
        }
    }

    /// <summary>The options every validation uses: list output, formats checked.</summary>
    public static EvaluationOptions Evaluation { get; } = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>The compiled form of a model schema, keyed by where it sits; null when it cannot be compiled.</summary>
    public CompiledSchema? Get(string site, IOpenApiSchema schema)
    {
        lock (_lock)
        {
            if (_compiled.TryGetValue(site, out var known))
            {
                return known;
            }

            CompiledSchema? compiled = null;
            if (Serialize(schema) is { } serialized)
            {
                var json = Rewrite(serialized);
                try
                {
                    var built = JsonSchema.Build(JsonSerializer.SerializeToElement(json), _build);
                    compiled = new CompiledSchema(built, json) { Components = EnsureReferenced(json) };
                }
                catch (Exception e) when (IsBuildError(e))
                {
                    // Never a silent accept-all: the checks report the schema as not checked (CORD133).
                    _failures[site] = OneLine(e);
                    compiled = null;
                }
            }
            else
            {
                _failures[site] = "the OpenAPI reader wrote it back as something that is not JSON";
            }

            _compiled[site] = compiled;
            return compiled;
        }
    }

    /// <summary>The schema a <c>$ref</c> (as written in compiled JSON) names, or the node itself.</summary>
    public JsonNode? Resolve(JsonNode? schema)
    {
        lock (_lock)
        {
            for (var hops = 0; hops < 64 && schema is JsonObject o && o["$ref"] is JsonValue r && r.TryGetValue<string>(out var target)
                && target.StartsWith(_idPrefix, StringComparison.Ordinal); hops++)
            {
                schema = Definition(Uri.UnescapeDataString(target[_idPrefix.Length..].Split('#')[0]));
            }

            return schema;
        }
    }

    // Every component schema a compiled schema reaches is compiled and registered once, before validation needs it;
    // the names it reaches, so that a component that could not be compiled is known to its users.
    private HashSet<string> EnsureReferenced(JsonNode json)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>([json]);
        while (pending.Count > 0)
        {
            foreach (var name in References(pending.Pop()))
            {
                if (reached.Add(name) && Definition(name) is { } definition)
                {
                    pending.Push(definition);
                }
            }
        }

        return reached;
    }

    /// <summary>A component schema as compiled 2020-12 JSON (compiling and registering it the first time); null if the document has none of that name.</summary>
    private JsonNode? Definition(string name)
    {
        if (_definitions.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_components.TryGetValue(name, out var schema) || schema is null)
        {
            _definitions[name] = null;
            return null;
        }

        var json = Serialize(schema) is { } serialized ? Rewrite(serialized) : new JsonObject();

        // $id first: the validator takes keywords in order, and subschemas read before a later $id are
        // registered twice ("Overwriting registered schemas is not permitted").
        var identified = new JsonObject { ["$id"] = _idPrefix + Uri.EscapeDataString(name) };
        if (json is JsonObject fields)
        {
            foreach (var (key, value) in fields)
            {
                identified[key] = value?.DeepClone();
            }
        }
        else if (json.GetValueKind() == JsonValueKind.False)
        {
            identified["not"] = new JsonObject();
        }

        _definitions[name] = json;
        try
        {
            JsonSchema.Build(JsonSerializer.SerializeToElement(identified), _build);
        }
        catch (Exception e) when (IsBuildError(e))
        {
            // A schema the validator cannot compile (a pattern .NET cannot read) must not cost the whole
            // document: it accepts anything (and is listed in Uncompiled).
            _uncompiledComponents[name] = OneLine(e);
            try
            {
                JsonSchema.Build(JsonSerializer.SerializeToElement(new JsonObject { ["$id"] = _idPrefix + Uri.EscapeDataString(name) }), _build);
            }
            catch (Exception again) when (IsBuildError(again))
            {
                // Already registered by the failed attempt: references to it resolve to what was built.
            }
        }

        return json;
    }

    private IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && target.StartsWith(_idPrefix, StringComparison.Ordinal))
                    {
                        yield return Uri.UnescapeDataString(target[_idPrefix.Length..].Split('#')[0]);
                    }
                    else if (value is not null)
                    {
                        foreach (var name in References(value))
                        {
                            yield return name;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        foreach (var name in References(item))
                        {
                            yield return name;
                        }
                    }
                }

                break;
        }
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ");

    private static bool IsBuildError(Exception e) =>
        e is JsonSchemaException or JsonException or InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException or NotSupportedException;

    /// <summary>The schema as OpenAPI 3.1 JSON; null when the writer produced no valid JSON.</summary>
    private static JsonNode? Serialize(IOpenApiSchema schema)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        schema.SerializeAsV31(new OpenApiJsonWriter(text));

        // The loader has already turned a 3.1 document's 3.0-style boolean bounds into numbers (LegacyExclusiveBounds).
        var written = text.ToString();
        try
        {
            return JsonNode.Parse(written) ?? new JsonObject();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // $ref "#/components/schemas/X/properties/y" → "urn:concord:openapi:N:X#/properties/y".
    private JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && target.StartsWith(ComponentsPrefix, StringComparison.Ordinal))
                    {
                        var rest = target[ComponentsPrefix.Length..];
                        var slash = rest.IndexOf('/');
                        var name = JsonPointer.Unescape(slash < 0 ? rest : rest[..slash]);
                        o[key] = _idPrefix + Uri.EscapeDataString(name) + (slash < 0 ? string.Empty : "#" + rest[slash..]);
                    }
                    else if (value is not null)
                    {
                        Rewrite(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Rewrite(item);
                    }
                }

                break;
        }

        return node;
    }
}

/// <summary>A compiled schema and the 2020-12 JSON it was compiled from.</summary>
internal sealed record CompiledSchema(JsonSchema Schema, JsonNode Json)
{
    /// <summary>The component schemas it reaches through <c>$ref</c>, by name.</summary>
    public IReadOnlySet<string> Components { get; init; } = new HashSet<string>();
}
