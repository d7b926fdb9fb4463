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
            var info = new FileInfo(file);
            if (info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                // A dangling link would otherwise surface as "Could not find file", naming no link.
                throw new CheckFailedException($"{file}: a link to {target}, which does not exist; remove the link or restore the pact.");
            }

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
            catch (JsonException e) when (e.LineNumber is { } line && e.BytePositionInLine is { } column)
            {
                // The parser counts from 0 and appends its own position to the message; say it once, from 1.
                var message = e.Message.Split(" LineNumber:", 2)[0].Trim();
                throw new CheckFailedException($"{file}:{line + 1}:{column + 1}: not a readable pact file: {message}");
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CheckFailedException($"{file}: not a readable pact file: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CheckFailedException($"{file}: cannot be read: {e.Message}");
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
