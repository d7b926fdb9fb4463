using System.Text;

namespace Concord.OpenApi.Loading;

/// <summary>A document held in memory; there is no folder, so every file reference is refused.</summary>
internal sealed class TextSpecSource(string name, string text) : SpecSource
{
    public override string DisplayName => name;

    internal override string RootKey => name;

    internal override string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal)
    {
        refusal = $"'{relativePath}' is a file reference and an in-memory document has no folder";
        return null;
    }

    internal override byte[] Read(string key, SpecLoadOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return bytes.Length <= options.MaxDocumentBytes
            ? bytes
            : throw new SpecLoadException(name, $"the document is {bytes.Length} bytes, over the {options.MaxDocumentBytes}-byte limit");
    }

    internal override string Display(string key) => key;
}
