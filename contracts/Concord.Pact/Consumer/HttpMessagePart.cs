using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>Headers and body of a request or a response.</summary>
internal sealed class HttpMessagePart
{
    public List<(string Name, JsonNode Value)> Headers { get; } = [];

    public string? ContentType { get; set; }

    /// <summary>The body: integration JSON for JSON bodies, a string value otherwise.</summary>
    public JsonNode? Body { get; set; }

    public bool HasBody { get; set; }

    /// <summary>A binary body, sent instead of <see cref="Body"/>.</summary>
    public byte[]? Binary { get; set; }

    /// <summary>True when <see cref="Binary"/> is only an example and the body is matched by its content type.</summary>
    public bool BinaryByContentTypeOnly { get; set; }

    /// <summary>Multipart parts, each read from a file and matched by its content type.</summary>
    public List<MultipartFile> Multipart { get; } = [];

    /// <summary>Clears every kind of body before one is set, so the last one described wins.</summary>
    public void ClearBody()
    {
        Body = null;
        ContentType = null;
        HasBody = false;
        Binary = null;
        BinaryByContentTypeOnly = false;
        Multipart.Clear();
    }
}

/// <summary>One part of a multipart/form-data body: its name, the file whose bytes are the example, and the part's content type.</summary>
internal sealed record MultipartFile(string PartName, string FilePath, string ContentType, string? Boundary);
