using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// A small strict JSON reader for OpenAPI documents inside an analyzer (netstandard2.0 has no JSON parser,
/// and an analyzer must not carry one). Never throws: a malformed document gives null and the line and
/// column (1-based) where reading stopped.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 256;

    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    /// <summary>The parsed document, or null with <paramref name="error"/> saying what and where.</summary>
    public static JsonNode? Parse(string text, out string? error)
    {
        var reader = new JsonReader(text);
        error = null;
        var value = reader.ReadValue(0);
        if (value is not null)
        {
            reader.SkipWhitespace();
            if (reader._position == text.Length)
            {
                return value;
            }

            value = null;
        }

        error = "unexpected " + (reader._position < text.Length ? $"'{text[reader._position]}'" : "end of document") + " at " + reader.Where();
        return null;
    }

    private string Where()
    {
        int line = 1, column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return $"line {line}, column {column}";
    }

    private JsonNode? ReadValue(int depth)
    {
        SkipWhitespace();
        if (_position >= _text.Length || depth > MaxDepth)
        {
            return null;
        }

        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return ReadString() is { } text ? JsonNode.Scalar(JsonKind.String, text) : null;
            case 't':
                return ReadLiteral("true", JsonKind.True);
            case 'f':
                return ReadLiteral("false", JsonKind.False);
            case 'n':
                return ReadLiteral("null", JsonKind.Null);
            default:
                return ReadNumber();
        }
    }

    private JsonNode? ReadObject(int depth)
    {
        _position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return JsonNode.Object(members);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"' || ReadString() is not { } name)
            {
                return null;
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                return null;
            }

            _position++;
            if (ReadValue(depth + 1) is not { } value)
            {
                return null;
            }

            members.Add(new KeyValuePair<string, JsonNode>(name, value));
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case '}':
                    _position++;
                    return JsonNode.Object(members);
                default:
                    return null;
            }
        }
    }

    private JsonNode? ReadArray(int depth)
    {
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return JsonNode.Array(items);
        }

        while (true)
        {
            if (ReadValue(depth + 1) is not { } value)
            {
                return null;
            }

            items.Add(value);
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    _position++;
                    continue;
                case ']':
                    _position++;
                    return JsonNode.Array(items);
                default:
                    return null;
            }
        }
    }

    private string? ReadString()
    {
        _position++;
        var text = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return text.ToString();
            }

            if (c < ' ')
            {
                return null;
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                return null;
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return null;
                    }

                    text.Append((char)code);
                    _position += 4;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private JsonNode? ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            return null;
        }

        _position += literal.Length;
        return JsonNode.Scalar(kind, literal);
    }

    private JsonNode? ReadNumber()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _position++;
        }

        var number = _text.Substring(start, _position - start);
        return number.Length > 0 && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? JsonNode.Scalar(JsonKind.Number, number)
            : null;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r' or '\uFEFF')
        {
            _position++;
        }
    }
}
