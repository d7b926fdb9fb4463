using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Concord.OpenApi.Loading;

/// <summary>
/// Loads OpenAPI 2.0, 3.0, 3.1 and 3.2 documents, JSON or YAML, safely: size, depth and YAML alias
/// limits; references checked and bundled before the OpenAPI reader runs; nothing fetched from the
/// network. Any problem is one <see cref="SpecLoadException"/>, never a partly read document.
/// </summary>
public static class SpecLoader
{
    /// <summary>Loads a file by path with the given (or default) options.</summary>
    public static SpecDocument LoadFile(string path, SpecLoadOptions? options = null) =>
        Load(SpecSource.Parse(path), options);

    /// <summary>Loads a document held in memory.</summary>
    public static SpecDocument LoadText(string name, string text, SpecLoadOptions? options = null) =>
        Load(SpecSource.FromText(name, text), options);

    /// <summary>Loads a document from a source.</summary>
    public static SpecDocument Load(SpecSource source, SpecLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= SpecLoadOptions.Default;

        var bytes = source.Read(source.RootKey, options);
        var parsed = SpecTextReader.Read(bytes, source.DisplayName, options);
        if (parsed.Root is not JsonObject root)
        {
            throw new SpecLoadException(source.DisplayName, "the document is not an object", 1, 1);
        }

        var warnings = new List<SpecLoadWarning>();
        var version = DeclaredVersion(root, source.DisplayName, parsed.Map, warnings);
        var origins = ReferenceBundler.Bundle(source, options, parsed, bytes.Length);
        if (!version.StartsWith("2.", StringComparison.Ordinal) && !version.StartsWith("3.0.", StringComparison.Ordinal)
            && LegacyExclusiveBounds.Rewrite(root) is { } legacy)
        {
            var position = parsed.Map.Find(legacy);
            warnings.Add(new SpecLoadWarning(
                source.DisplayName,
                $"OpenAPI {version} writes exclusiveMinimum/exclusiveMaximum as numbers; the boolean form of 3.0 (first at {legacy}) is read as the bound it means",
                legacy,
                position?.Line,
                position?.Column));
        }

        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(root, new Uri("file:///concord/spec.json"), Settings());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The reader is a boundary: whatever it throws on malformed input (even a NullReferenceException)
            // means "this document cannot be read", which is a clear error here, never a crash.
            throw new SpecLoadException(source.DisplayName, "unreadable OpenAPI document: " + e.Message, inner: e);
        }

        if (result.Document is null)
        {
            var error = result.Diagnostic?.Errors.FirstOrDefault();
            var position = parsed.Map.Find(ReaderPointer(error?.Pointer));
            throw new SpecLoadException(source.DisplayName, error?.Message ?? "the OpenAPI reader returned no document", position?.Line, position?.Column);
        }

        // What the reader complains about but reads past (a keyword where the specification does not list it,
        // as published descriptions often have) leaves a usable model: it is reported, not refused. Holes the
        // diff could fall into are refused by the integrity check below.
        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            var pointer = ReaderPointer(error.Pointer is { Length: > 0 } ? error.Pointer : PointerInMessage(error.Message));
            var position = parsed.Map.Find(pointer);
            warnings.Add(new SpecLoadWarning(source.DisplayName, error.Message.ReplaceLineEndings(" "), pointer, position?.Line, position?.Column));
        }

        ModelIntegrityCheck.Verify(result.Document, parsed.Map, source.DisplayName);
        return new SpecDocument(source.DisplayName, version, result.Document, parsed.Map) { Warnings = warnings, Origins = origins };
    }

    // Some reader messages carry the place only in their text: "uniqueItems is not a valid property at #/parameters/p".
    private static string? PointerInMessage(string message)
    {
        var at = message.LastIndexOf(" at #", StringComparison.Ordinal);
        return at > 0 && !message.AsSpan(at + 4).ContainsAny(' ', '\n') ? message[(at + 4)..] : null;
    }

    private static string ReaderPointer(string? pointer) =>
        pointer is { Length: > 0 } p ? (p.StartsWith('#') ? p : "#" + p) : JsonPointer.Root;

    private static string DeclaredVersion(JsonObject root, string document, SourceMap map, List<SpecLoadWarning> warnings)
    {
        var field = root.ContainsKey("openapi") ? "openapi" : "swagger";
        var node = root[field];
        if (node is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number)
        {
            // YAML reads an unquoted `swagger: 2.0` as a number. It can only mean "2.0", so it is read as that;
            // any other number (`openapi: 3.1`) names no exact version, so the user is asked to quote it.
            var position = map.Find(JsonPointer.Root);
            if (field == "swagger" && number.ToJsonString() is "2.0" or "2")
            {
                root["swagger"] = "2.0";
                warnings.Add(new SpecLoadWarning(document, "'swagger' is the number 2.0, read as the version string \"2.0\"", "#/swagger", position?.Line, position?.Column));
                return "2.0";
            }

            throw new SpecLoadException(
                document, $"'{field}' is the number {number.ToJsonString()}, not a version string: write it quoted, e.g. '3.1.0'", position?.Line, position?.Column);
        }

        var declared = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (declared is null)
        {
            throw new SpecLoadException(document, "no 'openapi' or 'swagger' version field: is this an OpenAPI document?", 1, 1);
        }

        var supported = declared == "2.0" || declared.StartsWith("3.0.", StringComparison.Ordinal) || declared.StartsWith("3.1.", StringComparison.Ordinal)
            || declared.StartsWith("3.2.", StringComparison.Ordinal);
        return supported
            ? declared
            : throw new SpecLoadException(document, $"OpenAPI version '{declared}' is not supported (2.0, 3.0, 3.1 and 3.2 are)", 1, 1);
    }

    private static OpenApiReaderSettings Settings() => new()
    {
        // Every reference left after bundling is local; the reader must never reach out on its own.
        LoadExternalRefs = false,

        // Style rules are a linter's job; a diff must read every document the specification allows.
        RuleSet = ValidationRuleSet.GetEmptyRuleSet(),
        CustomExternalLoader = new RefusingStreamLoader(),
    };

    private sealed class RefusingStreamLoader : IStreamLoader
    {
        public Task<Stream> LoadAsync(Uri baseUrl, Uri uri, CancellationToken cancellationToken) =>
            throw new OpenApiException($"external reference '{uri}' refused");
    }
}
