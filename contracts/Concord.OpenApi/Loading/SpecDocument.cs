using Concord.Core.Findings;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Loading;

/// <summary>A loaded OpenAPI document: the reader's model plus what is needed to point into the original text.</summary>
public sealed class SpecDocument
{
    internal SpecDocument(string name, string specVersion, OpenApiDocument model, SourceMap map)
    {
        Name = name;
        SpecVersion = specVersion;
        Model = model;
        Map = map;
    }

    /// <summary>The document as the user named it (a path or <c>git:ref:path</c>).</summary>
    public string Name { get; }

    /// <summary>The <c>openapi</c> or <c>swagger</c> version the document declares, e.g. <c>3.1.0</c>.</summary>
    public string SpecVersion { get; }

    /// <summary>True for Swagger 2.0 documents, which the reader presents in the OpenAPI 3 shape.</summary>
    public bool IsSwagger2 => SpecVersion.StartsWith('2');

    /// <summary>The OpenAPI model (Swagger 2.0 is converted to the 3.x shape by the reader).</summary>
    public OpenApiDocument Model { get; }

    /// <summary>What the reader read past without refusing the document, in document order.</summary>
    public IReadOnlyList<SpecLoadWarning> Warnings { get; init; } = [];

    /// <summary>Where nodes of the original text are.</summary>
    public SourceMap Map { get; }

    /// <summary>Schemas pulled in from other files, by the component name they got here (see <see cref="ReferenceBundler"/>).</summary>
    internal IReadOnlyDictionary<string, HoistedOrigin> Origins { get; init; } = new Dictionary<string, HoistedOrigin>();

    /// <summary>
    /// A finding location for a pointer into the model. For Swagger 2.0 documents the OpenAPI 3 pointer is
    /// mapped back to the 2.0 shape where the two differ in a known way. A schema pulled in from another
    /// file is located in that file, where the user edits it.
    /// </summary>
    public SpecLocation Locate(string modelPointer)
    {
        var pointer = IsSwagger2 ? Swagger2Pointers.FromModel(modelPointer) : modelPointer;
        if (InOtherFile(pointer) is { } elsewhere)
        {
            return elsewhere;
        }

        var position = Map.Find(pointer);
        // SpecLocation renders "document#pointer", so it holds the pointer without its leading '#'.
        return new SpecLocation(Name, pointer.TrimStart('#'), position?.Line, position?.Column);
    }

    private SpecLocation? InOtherFile(string pointer)
    {
        if (Origins.Count == 0)
        {
            return null;
        }

        var prefix = IsSwagger2 ? "#/definitions/" : "#/components/schemas/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = pointer.IndexOf('/', prefix.Length);
        var name = JsonPointer.Unescape(end < 0 ? pointer[prefix.Length..] : pointer[prefix.Length..end]);
        if (!Origins.TryGetValue(name, out var origin))
        {
            return null;
        }

        var inFile = origin.Pointer.TrimEnd('/') + (end < 0 ? string.Empty : pointer[end..]);
        var position = origin.Map.Find(inFile);
        return new SpecLocation(origin.Document, inFile.TrimStart('#'), position?.Line, position?.Column);
    }
}
