using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Concord.OpenApi.Loading;

/// <summary>
/// Checks every <c>$ref</c> of a document and pulls the files it may reference into the root tree, so the
/// OpenAPI reader only ever sees local references. Local references must resolve. Remote references are
/// refused outright and file references are located through the <see cref="SpecSource"/>, which refuses
/// anything outside the document's folder; a refused reference is never opened or requested.
/// Referenced schemas are copied into the root's components (so a shared schema stays one component);
/// other referenced parts are copied in place.
/// </summary>
internal sealed partial class ReferenceBundler
{
    private static readonly HashSet<string> SchemaSlots = new(StringComparer.Ordinal)
    {
        "schema", "items", "additionalProperties", "not", "additionalItems", "contains", "propertyNames", "if", "then", "else",
    };

    private static readonly HashSet<string> SchemaContainers = new(StringComparer.Ordinal)
    {
        "properties", "allOf", "oneOf", "anyOf", "patternProperties", "definitions", "schemas", "prefixItems", "$defs",
    };

    /// <summary>Objects whose member names are chosen by the author, not keywords.</summary>
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "definitions", "schemas", "$defs", "dependentSchemas", "paths", "webhooks", "responses",
        "parameters", "headers", "content", "encoding", "examples", "links", "callbacks", "securitySchemes", "requestBodies",
        "pathItems", "mediaTypes", "variables", "mapping", "scopes", "securityDefinitions",
    };

    private readonly SpecSource _source;
    private readonly SpecLoadOptions _options;
    private readonly JsonObject _root;
    private readonly Dictionary<string, ParsedText> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string File, string Pointer), string> _hoisted = [];
    private readonly HashSet<(string File, string Pointer)> _inlining = [];
    private readonly HashSet<(string File, string Reference)> _chainsEndingWell = [];
    private readonly Dictionary<string, HoistedOrigin> _origins = new(StringComparer.Ordinal);

    private long _totalBytes;

    private ReferenceBundler(SpecSource source, SpecLoadOptions options, ParsedText root, long rootBytes)
    {
        _totalBytes = rootBytes;
        _source = source;
        _options = options;
        _root = (JsonObject)root.Root;
        _files[source.RootKey] = root;
    }

    /// <summary>
    /// Bundles the document in place. Returns where each schema pulled in from another file really lives, by
    /// the component name it got in the root, so findings inside it name that file and line.
    /// </summary>
    public static IReadOnlyDictionary<string, HoistedOrigin> Bundle(SpecSource source, SpecLoadOptions options, ParsedText root, long rootBytes)
    {
        var bundler = new ReferenceBundler(source, options, root, rootBytes);
        bundler.Walk(root.Root, source.RootKey, JsonPointer.Root, null, null, keyIsName: false);
        return bundler._origins;
    }

    /// <summary>The key an array item is walked with, so its array's name is its parent key.</summary>
    private const string Item = "[]";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    /// <summary>
    /// Walks a node whose member name (or, for array items, <see cref="Item"/>) is <paramref name="key"/> inside
    /// a node named <paramref name="parentKey"/>. <paramref name="keyIsName"/> says the key was chosen by the
    /// author (a property, schema, header or example name), so it means nothing as a keyword.
    /// </summary>
    private void Walk(JsonNode? node, string fileKey, string pointer, string? key, string? parentKey, bool keyIsName)
    {
        switch (node)
        {
            case JsonObject obj:
                if (keyIsName && parentKey == "examples" && !obj.ContainsKey("$ref"))
                {
                    // An Example Object: summary, description and a value that is data, not a description.
                    return;
                }

                if (obj.TryGetPropertyValue("$ref", out var refNode) && refNode is JsonValue refValue && refValue.TryGetValue<string>(out var reference))
                {
                    var replacement = Resolve(reference, fileKey, pointer, IsSchemaSlot(key, parentKey, keyIsName), key, parentKey, keyIsName);
                    if (replacement is not null)
                    {
                        Replace(obj, replacement);
                    }

                    return;
                }

                var childrenAreNames = !keyIsName && key is not null && NameMaps.Contains(key)
                    && !(key == "examples" && _root.ContainsKey("swagger"));
                if (!childrenAreNames)
                {
                    MarkTypelessNullable(obj);
                }

                foreach (var (name, child) in obj.ToArray())
                {
                    if (!childrenAreNames && IsData(name, child))
                    {
                        continue;
                    }

                    Walk(child, fileKey, pointer + "/" + JsonPointer.Escape(name), name, key, childrenAreNames);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], fileKey, pointer + "/" + i, Item, key, keyIsName: false);
                }

                break;
        }
    }

    /// <summary>
    /// OpenAPI 3.0's <c>nullable: true</c> on a schema with no <c>type</c> (typically beside an <c>allOf</c>) is
    /// dropped by the reader, which keeps null only as a type. The diff needs it (an
    /// <c>allOf: [X], nullable: true</c> wrapper and a nullable copy of X are the same to clients), so it is
    /// kept as an extension the reader preserves.
    /// </summary>
    private void MarkTypelessNullable(JsonObject obj)
    {
        if (!obj.ContainsKey("type") && obj["nullable"] is JsonValue nullable && nullable.GetValueKind() == System.Text.Json.JsonValueKind.True
            && _root["openapi"] is JsonValue version && version.TryGetValue<string>(out var text) && text.StartsWith("3.0", StringComparison.Ordinal))
        {
            obj[Diff.AllOfMerge.TypelessNullable] = true;
        }
    }

    /// <summary>
    /// Members whose value is data, never a description: example, enum, const and default values, extensions.
    /// A <c>"$ref"</c> key inside them is an ordinary key of the data (a SCIM example holds one, say).
    /// Swagger 2.0 response <c>examples</c> map media types to data.
    /// </summary>
    private bool IsData(string name, JsonNode? value) =>
        name.StartsWith("x-", StringComparison.Ordinal)
        || name is "example" or "enum" or "const" or "default"
        || (name == "examples" && (value is JsonArray || _root.ContainsKey("swagger")));

    /// <summary>A reference to a node that is only a reference, and so on back to the start, describes nothing.</summary>
    /// <summary>
    /// Refuses a chain of reference-only objects that comes back on itself (the reader would loop on it).
    /// References already followed to a real object are remembered, so each link of a long chain is followed
    /// once per file, not once per reference that leads into it (a chain of thousands was cubic before).
    /// </summary>
    private void RejectCircularChain(JsonNode root, string reference, string fileKey, string pointer)
    {
        var seen = new List<string> { reference };
        var onChain = new HashSet<string>(StringComparer.Ordinal) { reference };
        var current = reference;
        while (!_chainsEndingWell.Contains((fileKey, current))
            && JsonPointer.Resolve(root, current) is JsonObject { Count: 1 } target
            && target["$ref"] is JsonValue next && next.TryGetValue<string>(out var nextReference) && nextReference.StartsWith('#'))
        {
            if (!onChain.Add(nextReference))
            {
                throw Error(fileKey, pointer, $"circular $ref chain {string.Join(" → ", seen)} → {nextReference}");
            }

            seen.Add(nextReference);
            current = nextReference;
        }

        foreach (var link in seen)
        {
            _chainsEndingWell.Add((fileKey, link));
        }
    }

    private static bool IsSchemaSlot(string? key, string? parentKey, bool keyIsName) =>
        (!keyIsName && key is not null && SchemaSlots.Contains(key)) || (parentKey is not null && SchemaContainers.Contains(parentKey));

    /// <summary>Checks a reference; returns what replaces the referencing object, or null to keep it.</summary>
    private JsonNode? Resolve(string reference, string fileKey, string pointer, bool schemaSlot, string? key, string? parentKey, bool keyIsName)
    {
        var isRootFile = string.Equals(fileKey, _source.RootKey, StringComparison.Ordinal);
        if (reference.StartsWith('#'))
        {
            if (!TryExists(_files[fileKey].Root, reference))
            {
                throw Error(fileKey, pointer, $"unresolved $ref '{reference}'");
            }

            RejectCircularChain(_files[fileKey].Root, reference, fileKey, pointer);

            // A local reference of the root document is left for the OpenAPI reader; one inside a
            // referenced file means that file's node and is pulled in like any other file reference.
            return isRootFile ? null : Import(fileKey, reference, fileKey, pointer, schemaSlot, key, parentKey, keyIsName);
        }

        if (UriScheme().IsMatch(reference) || reference.StartsWith("//", StringComparison.Ordinal))
        {
            throw Error(fileKey, pointer, $"remote $ref '{reference}' refused: Concord never fetches references over the network");
        }

        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? reference : reference[..hash]);
        var fragment = hash < 0 ? JsonPointer.Root : reference[hash..];
        var target = _source.Locate(fileKey, path, _options, out var refusal)
            ?? throw Error(fileKey, pointer, $"$ref refused: {refusal}");
        if (!_files.ContainsKey(target))
        {
            // The root is not a referenced file.
            if (_files.Count - 1 >= _options.MaxReferencedFiles)
            {
                throw Error(fileKey, pointer, $"more than {_options.MaxReferencedFiles} referenced files (raise the limit with --max-referenced-files)");
            }

            var bytes = _source.Read(target, _options);
            _totalBytes += bytes.Length;
            if (_totalBytes > _options.MaxTotalBytes)
            {
                throw Error(fileKey, pointer, $"the document and its referenced files are over {_options.MaxTotalBytes} bytes together (raise the limit with --max-total-bytes)");
            }

            _files[target] = SpecTextReader.Read(bytes, _source.Display(target), _options);
        }

        if (!TryExists(_files[target].Root, fragment))
        {
            throw Error(fileKey, pointer, $"unresolved $ref '{reference}': {_source.Display(target)} has nothing at '{fragment}'");
        }

        return Import(target, fragment, fileKey, pointer, schemaSlot, key, parentKey, keyIsName);
    }

    /// <summary>Brings a node of another file into the root tree: as a root component (schemas) or a copy.</summary>
    private JsonNode Import(string file, string fragment, string fromFile, string fromPointer, bool schemaSlot, string? siteKey, string? siteParentKey, bool siteKeyIsName)
    {
        var key = (file, fragment);
        if (_hoisted.TryGetValue(key, out var existing))
        {
            return LocalRef(existing);
        }

        if (schemaSlot || _inlining.Contains(key))
        {
            if (!schemaSlot)
            {
                throw Error(fromFile, fromPointer, $"circular $ref to '{_source.Display(file)}{fragment}' outside a schema");
            }

            var name = HoistName(file, fragment);
            _hoisted[key] = name;
            _origins[name] = new HoistedOrigin(_source.Display(file), fragment, _files[file].Map);
            Components()[name] = Processed(key, name, "schemas", keyIsName: true);
            return LocalRef(name);
        }

        // The copy stands where the reference stood, so it is read in the terms of that place.
        return Processed(key, siteKey, siteParentKey, siteKeyIsName) ?? new JsonObject();
    }

    /// <summary>A copy of a node of another file, with its own references resolved in that file's terms.</summary>
    private JsonNode? Processed((string File, string Pointer) key, string? siteKey, string? parentKey, bool keyIsName)
    {
        var wrapper = new JsonObject { ["node"] = JsonPointer.Resolve(_files[key.File].Root, key.Pointer)?.DeepClone() };
        _inlining.Add(key);
        Walk(wrapper["node"], key.File, key.Pointer, siteKey, parentKey, keyIsName);
        _inlining.Remove(key);
        return Unwrap(wrapper["node"]);
    }

    private static JsonNode? Unwrap(JsonNode? node)
    {
        node?.Parent?.AsObject().Remove(node.GetPropertyName());
        return node;
    }

    private JsonObject Components()
    {
        if (_root.ContainsKey("swagger"))
        {
            return Child(_root, "definitions");
        }

        return Child(Child(_root, "components"), "schemas");
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    private string HoistName(string file, string fragment)
    {
        var tokens = JsonPointer.Split(fragment);
        var baseName = tokens.Count > 0 ? tokens[^1] : Path.GetFileNameWithoutExtension(_source.Display(file));
        var cleaned = new StringBuilder();
        foreach (var c in baseName)
        {
            cleaned.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }

        var components = Components();
        var name = cleaned.Length == 0 ? "Schema" : cleaned.ToString();
        var candidate = name;
        for (var n = 2; components.ContainsKey(candidate) || _hoisted.ContainsValue(candidate); n++)
        {
            candidate = $"{name}_{n}";
        }

        return candidate;
    }

    private JsonObject LocalRef(string name) =>
        new() { ["$ref"] = _root.ContainsKey("swagger") ? $"#/definitions/{JsonPointer.Escape(name)}" : $"#/components/schemas/{JsonPointer.Escape(name)}" };

    private static void Replace(JsonObject obj, JsonNode replacement)
    {
        switch (obj.Parent)
        {
            case JsonObject parent:
                parent[obj.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[obj.GetElementIndex()] = replacement;
                break;
        }
    }

    private static bool TryExists(JsonNode root, string fragment)
    {
        try
        {
            return JsonPointer.Exists(root, fragment);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private SpecLoadException Error(string fileKey, string pointer, string reason)
    {
        var position = _files.TryGetValue(fileKey, out var parsed) ? parsed.Map.Find(pointer) : null;
        return new SpecLoadException(_source.Display(fileKey), reason, position?.Line, position?.Column);
    }
}
