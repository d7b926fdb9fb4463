using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concord.Cli.Check;

/// <summary>
/// A system file (<c>concord.json</c>): the services of a system, each with its project, its committed
/// OpenAPI document, how it runs and whom it calls, plus the folder of pacts between them.
/// </summary>
internal sealed record SystemFile(string Path, string Directory, string PactFolder, IReadOnlyList<ServiceEntry> Services)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads and checks a system file; every problem is a <see cref="SystemFileException"/> naming the file and the entry.</summary>
    public static SystemFile Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new SystemFileException($"{path}: no such system file.");
        }

        RawSystem? raw;
        try
        {
            raw = JsonSerializer.Deserialize<RawSystem>(File.ReadAllText(full), s_json);
        }
        catch (JsonException e)
        {
            throw new SystemFileException($"{path}: not a valid system file: {e.Message}");
        }

        if (raw?.Services is not { Count: > 0 } services)
        {
            throw new SystemFileException($"{path}: \"services\" is missing or empty.");
        }

        var directory = System.IO.Path.GetDirectoryName(full)!;
        var entries = services.Select(pair => ServiceEntry.From(path, directory, pair.Key, pair.Value)).ToList();
        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Consumes.FirstOrDefault(c => !names.Contains(c)) is { } unknown)
            {
                throw new SystemFileException($"{path}: service \"{entry.Name}\" consumes \"{unknown}\", which the file does not name.");
            }
        }

        return new SystemFile(full, directory, System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, raw.Pacts ?? "pacts")), entries);
    }

    public ServiceEntry this[string name] => Services.First(s => s.Name == name);

    internal sealed record RawSystem(string? Pacts, Dictionary<string, RawService>? Services);

    internal sealed record RawService(
        string? Project,
        string? OpenApi,
        bool? Start,
        string? Health,
        string[]? Consumes,
        Dictionary<string, string>? Env,
        Dictionary<string, string>? VerifyHeaders);
}
