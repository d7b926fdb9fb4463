using System.Text.Json;

namespace Concord.Cli.Check;

/// <summary>The pact files of a folder: who consumes whom, and which paths their interactions request.</summary>
internal sealed record PactFile(string Path, string Consumer, string Provider, IReadOnlyList<PactRequest> Requests, bool UsesProviderStates)
{
    public static IReadOnlyList<PactFile> In(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pacts = new List<PactFile>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                var root = document.RootElement;
                var requests = root.TryGetProperty("interactions", out var interactions)
                    ? interactions.EnumerateArray()
                        .Where(i => i.TryGetProperty("request", out _))
                        .Select(i => new PactRequest(
                            i.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
                            (i.GetProperty("request").TryGetProperty("method", out var m) ? m.GetString() ?? "GET" : "GET").ToUpperInvariant(),
                            i.GetProperty("request").GetProperty("path").GetString() ?? "/"))
                        .ToList()
                    : [];
                var states = root.TryGetProperty("interactions", out var all)
                    && all.EnumerateArray().Any(i => i.TryGetProperty("providerStates", out var s) && s.GetArrayLength() > 0);
                pacts.Add(new PactFile(file, Name(root, "consumer"), Name(root, "provider"), requests, states));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CheckFailedException($"{file}: not a readable pact file: {e.Message}");
            }
        }

        return pacts;
    }

    /// <summary>The distinct paths the pact's HTTP interactions request.</summary>
    public IEnumerable<string> RequestPaths => Requests.Select(r => r.Path).Distinct(StringComparer.Ordinal);

    private static string Name(JsonElement root, string role) => root.GetProperty(role).GetProperty("name").GetString() ?? "";
}

/// <summary>One HTTP interaction's request as a pact file records it: description, method, path.</summary>
internal sealed record PactRequest(string Description, string Method, string Path);
