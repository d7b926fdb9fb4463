using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Concord.Cli.Systems;

/// <summary>
/// A system file (<c>concord.json</c>, or <c>concord.yaml</c>): the services of a system, each with its project,
/// its committed OpenAPI document, how it runs and whom it calls, plus the folder of pacts between them. With
/// <c>from</c> it names a solution, folder or Aspire app host to discover the system from, and its services only
/// override what discovery found. Schema: <c>concord-system.schema.json</c> beside this file.
/// </summary>
internal sealed partial record SystemFile(string Path, string Directory, string? From, string PactFolder, IReadOnlyList<ServiceOverride> Services)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The names a system file is found by in a folder, in the order they are looked for.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["concord.json", "concord.yaml", "concord.yml"];

    /// <summary>Reads and checks a system file; every problem is a <see cref="SystemFileException"/> naming the file and the place.</summary>
    public static SystemFile Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new SystemFileException($"{path}: no such system file.");
        }

        var raw = Parse(path, full);
        var directory = System.IO.Path.GetDirectoryName(full)!;
        if (raw.Services is null && raw.From is null)
        {
            throw new SystemFileException($"{path}: \"services\" is missing (or give \"from\": a solution, folder or Aspire app host to discover them from).");
        }

        var services = new List<ServiceOverride>();
        foreach (var (name, service) in raw.Services ?? [])
        {
            services.Add(ServiceOverride.From(path, directory, name, service ?? throw new SystemFileException($"{path}: service \"{name}\" is null; give an object."), projectRequired: raw.From is null));
        }

        if (raw.From is null)
        {
            if (services.Count == 0)
            {
                throw new SystemFileException($"{path}: \"services\" is empty.");
            }

            var names = services.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var entry in services)
            {
                if (entry.Consumes?.FirstOrDefault(c => !names.Contains(c)) is { } unknown)
                {
                    throw new SystemFileException($"{path}: service \"{entry.Name}\" consumes \"{unknown}\", which the file does not name.");
                }
            }
        }

        var from = raw.From is { } given ? System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, given)) : null;
        if (from is not null && !File.Exists(from) && !System.IO.Directory.Exists(from))
        {
            throw new SystemFileException($"{path}: \"from\": {raw.From} does not exist.");
        }

        return new SystemFile(full, directory, from, System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, raw.Pacts ?? "pacts")), services);
    }

    private static RawSystem Parse(string path, string full)
    {
        var text = File.ReadAllText(full);
        var isYaml = full.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (isYaml)
            {
                return YamlConfiguration.ToJson(text) is JsonObject yaml
                    ? yaml.Deserialize<RawSystem>(s_json)!
                    : throw new SystemFileException($"{path}:1:1: a system file is an object with \"services\".");
            }

            // Straight from the text, so every error keeps its line and column.
            if (text.TrimStart().StartsWith('[') || text.TrimStart() is ['"', ..] or ['t', ..] or ['f', ..] or ['n', ..] or [>= '0' and <= '9', ..])
            {
                throw new SystemFileException($"{path}:1:1: a system file is an object with \"services\".");
            }

            return JsonSerializer.Deserialize<RawSystem>(text, s_json) ?? throw new SystemFileException($"{path}:1:1: empty system file.");
        }
        catch (JsonException e) when (!isYaml)
        {
            // JsonException positions are 0-based; users count from 1.
            var where = e.LineNumber is { } line ? $":{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new SystemFileException($"{path}{where}: not a valid system file: {FirstSentence(e.Message, e.Path)}");
        }
        catch (JsonException e)
        {
            throw new SystemFileException($"{path}: not a valid system file: {FirstSentence(e.Message, e.Path)}");
        }
        catch (YamlConfigurationException e)
        {
            throw new SystemFileException($"{path}:{e.Line}:{e.Column}: not a valid system file: {e.Message}");
        }
    }

    // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; the position is already said.
    // A value of the wrong shape is named by its place in the file and the shape expected, never by a .NET type.
    private static string FirstSentence(string message, string? jsonPath)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        cut = cut > 0 ? cut : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var sentence = cut > 0 ? message[..cut] : message;
        var where = jsonPath is { Length: > 0 } ? jsonPath : "$";
        if (NotConvertible().Match(sentence) is { Success: true } match)
        {
            // For a property of an entry the reader names the entry's type, not the property's: only a
            // collection or a plain value says what belongs at the path.
            return Shape(match.Groups[1].Value) is { } shape
                ? $"{where} must be {shape}"
                : $"{where} holds a value of the wrong type (see concord-system.schema.json for what goes there)";
        }

        return QualifiedTypeName().Replace(sentence, "value") + (jsonPath is { Length: > 0 } ? $" (at {jsonPath})" : "");
    }

    private static string? Shape(string typeName) => typeName switch
    {
        _ when typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal) => Shape(typeName["System.Nullable`1[".Length..^1]),
        _ when typeName.Contains("Dictionary`2", StringComparison.Ordinal) => "an object of named entries",
        _ when typeName.EndsWith("[]", StringComparison.Ordinal) || typeName.Contains("List`1", StringComparison.Ordinal) => "an array",
        "System.String" => "a string",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^The JSON value could not be converted to (.+?)\.?$")]
    private static partial System.Text.RegularExpressions.Regex NotConvertible();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:System|Concord)\.[\w.+`\[\],]+")]
    private static partial System.Text.RegularExpressions.Regex QualifiedTypeName();

    internal sealed record RawSystem(
        [property: JsonPropertyName("$schema")] string? Schema,
        string? From,
        string? Pacts,
        Dictionary<string, RawService?>? Services);

    internal sealed record RawService(
        string? Project,
        string? OpenApi,
        string? OpenApiUrl,
        bool? Start,
        string? Health,
        string? Environment,
        string[]? Consumes,
        Dictionary<string, string?>? Env,
        Dictionary<string, string?>? VerifyHeaders);
}
