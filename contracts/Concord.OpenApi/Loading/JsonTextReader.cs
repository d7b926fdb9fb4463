using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.OpenApi.Loading;

/// <summary>Reads JSON text into a tree and records the line and column of every object and array.</summary>
internal static class JsonTextReader
{
    public static ParsedText Read(byte[] utf8, string document, SpecLoadOptions options)
    {
        JsonNode? root;
        SourceMap map;
        try
        {
            // Positions first: the walk over the tokens also finds duplicate keys, which the tree would
            // refuse with no position (or, worse, keep one of silently).
            map = MapPositions(utf8, options.MaxDepth, document);
            root = JsonNode.Parse(
                utf8,
                documentOptions: new JsonDocumentOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SpecLoadException(document, Describe(e), (int?)e.LineNumber + 1, (int?)e.BytePositionInLine + 1, e);
        }

        if (root is null)
        {
            throw new SpecLoadException(document, "the document is JSON null, not an object", 1, 1);
        }

        return new ParsedText(root, map);
    }

    private static string Describe(JsonException e)
    {
        // The runtime's message ends with its own "LineNumber: .. | BytePositionInLine: .." suffix.
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "invalid JSON: " + (cut > 0 ? message[..cut].TrimEnd() : message);
    }

    private static SourceMap MapPositions(byte[] utf8, int maxDepth, string document)
    {
        var positions = new TextPositions(utf8);
        var map = new SourceMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });

        // Each open container keeps its pointer and, for arrays, the next index.
        var pointers = new Stack<string>();
        var indexes = new Stack<int>();
        var names = new Stack<HashSet<string>?>();
        string? pendingName = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    if (!names.Peek()!.Add(pendingName!))
                    {
                        var (at, column0) = positions.At((int)reader.TokenStartIndex);
                        throw new SpecLoadException(document, $"duplicate key '{pendingName}'", at, column0);
                    }

                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var pointer = pointers.Count == 0 ? JsonPointer.Root : ChildPointer(pointers, indexes, ref pendingName);
                    var (line, column) = positions.At((int)reader.TokenStartIndex);
                    map.Add(pointer, line, column);
                    pointers.Push(pointer);
                    indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    pointers.Pop();
                    indexes.Pop();
                    names.Pop();
                    break;
                default:
                    if (pointers.Count > 0)
                    {
                        ChildPointer(pointers, indexes, ref pendingName);
                    }

                    break;
            }
        }

        return map;
    }

    private static string ChildPointer(Stack<string> pointers, Stack<int> indexes, ref string? pendingName)
    {
        var parent = pointers.Peek();
        var index = indexes.Peek();
        if (index >= 0)
        {
            indexes.Pop();
            indexes.Push(index + 1);
            return parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var name = pendingName ?? string.Empty;
        pendingName = null;
        return parent + "/" + JsonPointer.Escape(name);
    }
}
