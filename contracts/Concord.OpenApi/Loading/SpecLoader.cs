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

        var parsed = SpecTextReader.Read(source.Read(source.RootKey, options), source.DisplayName, options);
        if (parsed.Root is not JsonObject root)
        {
            throw new SpecLoadException(source.DisplayName, "the document is not an object", 1, 1);
        }

        var version = DeclaredVersion(root, source.DisplayName);
        ReferenceBundler.Bundle(source, options, parsed);

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

        var error = result.Diagnostic?.Errors.FirstOrDefault();
        if (result.Document is null || error is not null)
        {
            var pointer = error?.Pointer is { Length: > 0 } p ? (p.StartsWith('#') ? p : "#" + p) : JsonPointer.Root;
            var position = parsed.Map.Find(pointer);
            throw new SpecLoadException(source.DisplayName, error?.Message ?? "the OpenAPI reader returned no document", position?.Line, position?.Column);
        }

        ModelIntegrityCheck.Verify(result.Document, parsed.Map, source.DisplayName);
        return new SpecDocument(source.DisplayName, version, result.Document, parsed.Map);
    }

    private static string DeclaredVersion(JsonObject root, string document)
    {
        var declared = (root["openapi"] ?? root["swagger"]) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
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
