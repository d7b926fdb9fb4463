using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Concord.Cli.Systems;

/// <summary>
/// A YAML system file read into the JSON tree a JSON one gives, so both share one reader. Plain scalars follow
/// YAML 1.2's core schema (true/false, null, numbers); quoted ones stay strings. Aliases are refused: a system
/// file has no use for them, and refusing them rules out alias bombs.
/// </summary>
internal static class YamlConfiguration
{
    public static JsonNode? ToJson(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new YamlConfigurationException((e.InnerException ?? e).Message, (int)e.Start.Line, (int)e.Start.Column);
        }

        return stream.Documents.Count switch
        {
            0 => throw new YamlConfigurationException("the file is empty", 1, 1),
            1 => Convert(stream.Documents[0].RootNode),
            _ => throw new YamlConfigurationException("more than one YAML document in the file", (int)stream.Documents[1].RootNode.Start.Line, (int)stream.Documents[1].RootNode.Start.Column),
        };
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new YamlConfigurationException("aliases are not allowed in a system file", (int)node.Start.Line, (int)node.Start.Column),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new YamlConfigurationException("a key must be a plain string", (int)key.Start.Line, (int)key.Start.Column);
            }

            if (result.ContainsKey(name))
            {
                throw new YamlConfigurationException($"\"{name}\" is given twice", (int)key.Start.Line, (int)key.Start.Column);
            }

            result[name] = Convert(value);
        }

        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
            _ => JsonValue.Create(value),
        };
    }
}

/// <summary>A YAML system file that cannot be read, at a 1-based line and column.</summary>
internal sealed class YamlConfigurationException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
