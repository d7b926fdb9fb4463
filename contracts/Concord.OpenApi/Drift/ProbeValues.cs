using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Drift;

/// <summary>
/// A value a documented parameter accepts, so a probe reaches the handler rather than a route constraint
/// or a binding error. In order: the parameter's example(s), the schema's example(s), default, const, first
/// enum value; then a value built from the schema's type and format (integer/number → its minimum or 1,
/// boolean → true, uuid, date, date-time); then, for a string with a pattern, a value the pattern accepts
/// when the pattern is simple (literals, classes, <c>\d \w .</c>, quantifiers); null when nothing is known.
/// </summary>
public static class ProbeValues
{
    private const string Uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    /// <summary>A value for <paramref name="parameter"/>, or null when its schema says nothing useful.</summary>
    public static string? For(IOpenApiParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return Text(parameter.Example)
            ?? parameter.Examples?.Values.Select(example => Text(example?.Value) ?? Text(example?.DataValue)).FirstOrDefault(value => value is not null)
            ?? For(parameter.Schema);
    }

    /// <summary>A value <paramref name="schema"/> accepts, or null when it says nothing useful.</summary>
    public static string? For(IOpenApiSchema? schema) => For(schema, depth: 0);

    private static string? For(IOpenApiSchema? schema, int depth)
    {
        if (schema is null || depth > 8)
        {
            return null;
        }

#pragma warning disable CS0618 // 'example' is how OpenAPI 3.0 documents write it; 3.1 documents use 'examples', read next.
        var given = Text(schema.Example)
#pragma warning restore CS0618
            ?? schema.Examples?.Select(Text).FirstOrDefault(value => value is not null)
            ?? Text(schema.Default)
            ?? Text(schema.Const is null ? null : JsonValue.Create(schema.Const))
            ?? schema.Enum?.Select(Text).FirstOrDefault(value => value is not null);
        if (given is not null)
        {
            return given;
        }

        var type = schema.Type ?? JsonSchemaType.Null;
        var format = schema.Format?.ToLowerInvariant();
        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number) || format is "int32" or "int64" or "double" or "float" or "decimal")
        {
            return Number(schema);
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return "true";
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return For(schema.Items, depth + 1);
        }

        var formatted = format switch
        {
            "uuid" or "guid" => Uuid,
            "date" => "2024-01-01",
            "date-time" => "2024-01-01T00:00:00Z",
            "time" => "12:00:00",
            "email" => "probe@example.org",
            _ => null,
        };
        if (formatted is not null)
        {
            return formatted;
        }

        if (schema.Pattern is { Length: > 0 } pattern && Matching(pattern) is { } matching)
        {
            return matching;
        }

        foreach (var part in (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            if (For(part, depth + 1) is { } value)
            {
                return value;
            }
        }

        return schema.MinLength is > 0 and <= 256 ? new string('a', schema.MinLength.Value) : null;
    }

    private static string Number(IOpenApiSchema schema)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (decimal.TryParse(schema.Minimum, NumberStyles.Float, invariant, out var minimum))
        {
            return Math.Ceiling(minimum).ToString(invariant);
        }

        if (decimal.TryParse(schema.ExclusiveMinimum, NumberStyles.Float, invariant, out var above))
        {
            return (Math.Floor(above) + 1).ToString(invariant);
        }

        if (decimal.TryParse(schema.Maximum, NumberStyles.Float, invariant, out var maximum) && maximum < 1)
        {
            return Math.Floor(maximum).ToString(invariant);
        }

        return "1";
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.Null => null,
        JsonValue value => value.ToJsonString(),
        JsonArray array => array.Select(Text).FirstOrDefault(text => text is not null),
        _ => null,
    };

    /// <summary>A value <paramref name="pattern"/> matches, for simple patterns; null for the rest.</summary>
    internal static string? Matching(string pattern)
    {
        var candidates = new List<string>();
        if (Build(pattern) is { } built)
        {
            candidates.Add(built);
        }

        candidates.AddRange(["concord-probe", "1", "probe", "a", "A", "A1", Uuid, "2024-01-01"]);
        foreach (var candidate in candidates)
        {
            try
            {
                if (Regex.IsMatch(candidate, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
                {
                    return candidate;
                }
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Walks a pattern of literals, classes and quantifiers, writing the smallest text it matches; null on groups or alternation.</summary>
    private static string? Build(string pattern)
    {
        var text = new StringBuilder();
        var i = pattern.StartsWith('^') ? 1 : 0;
        var end = pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern.Length - 1 : pattern.Length;
        while (i < end)
        {
            string unit;
            switch (pattern[i])
            {
                case '(' or ')' or '|':
                    return null;
                case '\\' when i + 1 < end:
                    unit = pattern[i + 1] switch { 'd' => "1", 'w' => "a", 's' => " ", 'D' or 'W' or 'S' => "-", var c => c.ToString() };
                    i += 2;
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    var set = pattern[(i + 1)..close];
                    if (set.StartsWith('^'))
                    {
                        return null;
                    }

                    unit = set.StartsWith("\\d", StringComparison.Ordinal) ? "1" : set.StartsWith("\\w", StringComparison.Ordinal) ? "a" : set[..1];
                    i = close + 1;
                    break;
                case '.':
                    unit = "a";
                    i++;
                    break;
                default:
                    unit = pattern[i].ToString();
                    i++;
                    break;
            }

            var repeat = 1;
            if (i < end)
            {
                switch (pattern[i])
                {
                    case '*' or '?':
                        repeat = 0;
                        i++;
                        break;
                    case '+':
                        i++;
                        break;
                    case '{':
                        var close = pattern.IndexOf('}', i);
                        if (close < 0 || !int.TryParse(pattern[(i + 1)..close].Split(',')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out repeat) || repeat > 256)
                        {
                            return null;
                        }

                        i = close + 1;
                        break;
                }
            }

            for (var n = 0; n < repeat; n++)
            {
                text.Append(unit);
            }
        }

        return text.ToString();
    }
}
