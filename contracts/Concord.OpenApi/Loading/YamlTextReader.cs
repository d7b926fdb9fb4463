using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Concord.OpenApi.Loading;

/// <summary>
/// Reads YAML into the same JSON tree the JSON reader builds (YAML 1.2 core schema for plain scalars),
/// recording the line and column of every object and array. Aliases are expanded by copying, within a
/// budget, so a "billion laughs" document fails fast instead of exhausting memory.
/// </summary>
internal sealed class YamlTextReader
{
    private readonly string _document;
    private readonly SpecLoadOptions _options;
    private readonly SourceMap _map = new();
    private readonly Dictionary<string, (JsonNode? Node, int Size)> _anchors = new(StringComparer.Ordinal);
    private int _aliasBudget;

    private YamlTextReader(string document, SpecLoadOptions options)
    {
        _document = document;
        _options = options;
        _aliasBudget = options.MaxAliasExpansion;
    }

    public static ParsedText Read(string text, string document, SpecLoadOptions options) =>
        new YamlTextReader(document, options).ReadStream(text);

    private ParsedText ReadStream(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new SpecLoadException(_document, "the document is empty", 1, 1);
            }

            parser.Consume<DocumentStart>();
            var (root, _) = ReadNode(parser, JsonPointer.Root, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current?.Start;
                throw new SpecLoadException(_document, "more than one YAML document in the file", Line(mark), Column(mark));
            }

            if (root is not JsonObject)
            {
                throw new SpecLoadException(_document, "the document is not a mapping (an OpenAPI document is an object)", 1, 1);
            }

            return new ParsedText(root, _map);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException as YamlException ?? e;
            var (line, column) = ErrorPosition(text, e, inner);
            throw new SpecLoadException(_document, "invalid YAML: " + StripMark(inner.Message), line, column, e);
        }
    }

    /// <summary>Reads one node; returns it and how many nodes it holds (the cost of copying it for an alias).</summary>
    private (JsonNode? Node, int Size) ReadNode(IParser parser, string pointer, int depth)
    {
        if (depth > _options.MaxDepth)
        {
            var mark = parser.Current?.Start;
            throw new SpecLoadException(_document, $"nesting deeper than {_options.MaxDepth} levels", Line(mark), Column(mark));
        }

        var current = parser.Current ?? throw new SpecLoadException(_document, "unexpected end of YAML");
        (JsonNode? Node, int Size) result;
        AnchorName anchor;
        switch (current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return ExpandAlias(alias);
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor;
                result = (ScalarValue(scalar), 1);
                break;
            case SequenceStart start:
                parser.MoveNext();
                anchor = start.Anchor;
                result = ReadSequence(parser, start, pointer, depth);
                break;
            case MappingStart start:
                parser.MoveNext();
                anchor = start.Anchor;
                result = ReadMapping(parser, start, pointer, depth);
                break;
            default:
                throw new SpecLoadException(_document, $"unexpected YAML {current.GetType().Name}", Line(current.Start), Column(current.Start));
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = result;
        }

        return result;
    }

    private (JsonNode? Node, int Size) ExpandAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new SpecLoadException(_document, $"alias '*{alias.Value.Value}' names no anchor", Line(alias.Start), Column(alias.Start));
        }

        _aliasBudget -= anchored.Size;
        if (_aliasBudget < 0)
        {
            throw new SpecLoadException(
                _document,
                $"YAML aliases expand to more than {_options.MaxAliasExpansion} nodes (alias expansion attack?)",
                Line(alias.Start),
                Column(alias.Start));
        }

        return (anchored.Node?.DeepClone(), anchored.Size);
    }

    private (JsonNode Node, int Size) ReadSequence(IParser parser, SequenceStart start, string pointer, int depth)
    {
        _map.Add(pointer, Line(start.Start), Column(start.Start));
        var array = new JsonArray();
        var size = 1;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemSize) = ReadNode(parser, pointer + "/" + array.Count.ToString(CultureInfo.InvariantCulture), depth + 1);
            array.Add(item);
            size += itemSize;
        }

        return (array, size);
    }

    private (JsonNode Node, int Size) ReadMapping(IParser parser, MappingStart start, string pointer, int depth)
    {
        _map.Add(pointer, Line(start.Start), Column(start.Start));
        var obj = new JsonObject();
        var size = 1;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current;
            if (keyEvent is not Scalar keyScalar)
            {
                throw new SpecLoadException(_document, "a mapping key is not a plain value", Line(keyEvent?.Start), Column(keyEvent?.Start));
            }

            parser.MoveNext();
            var key = keyScalar.Value;
            var (value, valueSize) = ReadNode(parser, pointer + "/" + JsonPointer.Escape(key), depth + 1);
            size += valueSize;

            if (key == "<<" && keyScalar.Style == ScalarStyle.Plain)
            {
                Merge(obj, value, keyScalar);
                continue;
            }

            if (obj.ContainsKey(key))
            {
                throw new SpecLoadException(_document, $"duplicate key '{key}'", Line(keyScalar.Start), Column(keyScalar.Start));
            }

            obj[key] = value;
        }

        return (obj, size);
    }

    /// <summary>YAML merge keys: the merged mapping's entries fill in keys the mapping does not set itself.</summary>
    private void Merge(JsonObject target, JsonNode? source, Scalar at)
    {
        var sources = source switch
        {
            JsonObject single => [single],
            JsonArray many when many.All(m => m is JsonObject) => many.Cast<JsonObject>().ToArray(),
            _ => throw new SpecLoadException(_document, "a merge key '<<' must name a mapping or a list of mappings", Line(at.Start), Column(at.Start)),
        };

        foreach (var mapping in sources)
        {
            foreach (var (key, value) in mapping)
            {
                if (!target.ContainsKey(key))
                {
                    target[key] = value?.DeepClone();
                }
            }
        }
    }

    private static JsonNode? ScalarValue(Scalar scalar)
    {
        var value = scalar.Value;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (LooksNumeric(value))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not JSON-shaped (e.g. "+1", "1."), so it stays a string below.
            }
        }

        return JsonValue.Create(value);
    }

    private static bool LooksNumeric(string value)
    {
        if (value.Length == 0 || value.Length > 64)
        {
            return false;
        }

        var first = value[0];
        return (char.IsAsciiDigit(first) || first == '-') && value.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or '.' or 'e' or 'E');
    }

    /// <summary>
    /// Where a syntax error is: the innermost mark the parser gave. The scanner reports a tab used as
    /// indentation with no mark at all (1:1), so that one is found in the text: the first line indented with a tab.
    /// </summary>
    private static (int Line, int Column) ErrorPosition(string text, YamlException outer, YamlException inner)
    {
        foreach (var mark in new[] { inner.Start, inner.End, outer.Start, outer.End })
        {
            if (mark.Index > 0 || mark.Line > 1 || mark.Column > 1)
            {
                return ((int)mark.Line, (int)mark.Column);
            }
        }

        if (inner.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent && indent < lines[i].TrimEnd('\r').Length)
                {
                    return (i + 1, tab + 1);
                }
            }
        }

        return (1, 1);
    }

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: ..) - (Line: .., Col: ..): "; the location is reported separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut > 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    private static int Line(Mark? mark) => mark is null ? 1 : (int)mark.Value.Line;

    private static int Column(Mark? mark) => mark is null ? 1 : (int)mark.Value.Column;
}
