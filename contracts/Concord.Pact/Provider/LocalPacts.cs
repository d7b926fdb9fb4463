using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Json;

namespace Concord.Pact.Provider;

/// <summary>
/// The pact files of the local sources (files and folders), read before the core runs: each
/// must be JSON with a specification version the core knows, and their interactions feed the
/// coverage check and name each interaction's consumer.
/// </summary>
internal sealed class LocalPacts
{
    private LocalPacts(IReadOnlyList<LocalPact> pacts, IReadOnlyList<VerificationProblem> problems)
    {
        Pacts = pacts;
        Problems = problems;
    }

    public IReadOnlyList<LocalPact> Pacts { get; }

    public IReadOnlyList<VerificationProblem> Problems { get; }

    internal static LocalPacts Load(IEnumerable<PactSource> sources)
    {
        var pacts = new List<LocalPact>();
        var problems = new List<VerificationProblem>();
        foreach (var source in sources)
        {
            switch (source)
            {
                case PactSource.File file:
                    Read(file.Path, fromFolder: false, pacts, problems);
                    break;
                case PactSource.Directory folder when !Directory.Exists(folder.Path):
                    problems.Add(new($"{folder.Path}: the pact folder does not exist.", folder.Path));
                    break;
                case PactSource.Directory folder:
                    foreach (var path in Directory.EnumerateFiles(folder.Path, "*.json").Order(StringComparer.Ordinal))
                    {
                        Read(path, fromFolder: true, pacts, problems);
                    }

                    break;
            }
        }

        return new LocalPacts(pacts, problems);
    }

    /// <summary>Whether a symbolic link ends, through any chain of links, at a file that exists (a loop or a dangling link does not).</summary>
    private static bool LinksToAFile(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The pacts for <paramref name="provider"/> that show no successful (2xx) HTTP response.</summary>
    internal IReadOnlyList<CoverageGap> Coverage(string provider) =>
        Pacts.Where(p => p.Provider == provider && p.HttpStatuses.Count > 0 && !p.CoversSuccess)
            .Select(p => new CoverageGap(p.Path, p.Consumer, p.Provider, p.HttpStatuses))
            .ToList();

    private static void Read(string path, bool fromFolder, List<LocalPact> pacts, List<VerificationProblem> problems)
    {
        if (new FileInfo(path).LinkTarget is { } target && !LinksToAFile(path))
        {
            problems.Add(new($"{path}: a symbolic link to {target}, which is not a readable file.", path));
            return;
        }

        if (!File.Exists(path))
        {
            problems.Add(new($"{path}: {(Directory.Exists(path) ? "a folder, not a pact file" : "the pact file does not exist")}.", path));
            return;
        }

        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new JsonException("the document is not a JSON object");
        }
        catch (JsonException exception)
        {
            // A folder may hold other JSON files; a pact file named explicitly must be one.
            problems.Add(new($"{path}: not a valid pact file: {exception.Message}", path));
            return;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new($"{path}: the pact file cannot be read: {exception.Message}", path));
            return;
        }

        if (fromFolder && json["consumer"] is null && json["provider"] is null)
        {
            return;
        }

        if (SpecificationVersion(json) is { } version && !IsKnownVersion(version))
        {
            problems.Add(new($"{path}: declares Pact specification version \"{version}\", which the core does not know (1.x to 4.x).", path));
            return;
        }

        var consumer = JsonText.Of(json["consumer"]?["name"]);
        var provider = JsonText.Of(json["provider"]?["name"]);
        if (consumer is null || provider is null)
        {
            problems.Add(new($"{path}: not a valid pact file: it names no {(consumer is null ? "consumer" : "provider")}.", path));
            return;
        }

        pacts.Add(new LocalPact(path, consumer, provider, Interactions(json)) { ShapeProblem = ShapeProblem(path, json) });
    }

    private static List<LocalInteraction> Interactions(JsonObject json)
    {
        var result = new List<LocalInteraction>();
        foreach (var interaction in (json["interactions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var type = JsonText.Of(interaction["type"]);
            var isHttp = type is null or "Synchronous/HTTP";
            var response = interaction["response"] as JsonObject;
            int? status = isHttp && response?["status"] is JsonValue value && value.TryGetValue(out int code) ? code : isHttp && response is not null ? 200 : null;
            var statusClass = JsonText.Of(response?["matchingRules"]?["status"]?["$"]?["matchers"]?[0]?["status"]);
            var request = interaction["request"] as JsonObject;
            result.Add(new LocalInteraction(JsonText.Of(interaction["description"]) ?? "", status, statusClass)
            {
                Method = isHttp ? JsonText.Of(request?["method"])?.ToUpperInvariant() : null,
                Path = isHttp ? JsonText.Of(request?["path"]) : null,
                States = States(interaction),
            });
        }

        foreach (var message in (json["messages"] as JsonArray ?? []).OfType<JsonObject>())
        {
            result.Add(new LocalInteraction(JsonText.Of(message["description"]) ?? "", null, null) { States = States(message) });
        }

        return result;
    }

    /// <summary>State names: V3/V4 <c>providerStates[].name</c>, V2 <c>providerState</c>.</summary>
    private static List<string> States(JsonObject interaction) =>
        interaction["providerStates"] is JsonArray states
            ? states.Select(s => JsonText.Of(s?["name"])).OfType<string>().ToList()
            : JsonText.Of(interaction["providerState"]) is { } single ? [single] : [];

    /// <summary>
    /// A pact without an array of interactions would verify nothing and pass; say what is wrong instead.
    /// V3 message pacts hold theirs under <c>messages</c>.
    /// </summary>
    private static string? ShapeProblem(string path, JsonObject json)
    {
        var key = json.ContainsKey("interactions") || !json.ContainsKey("messages") ? "interactions" : "messages";
        if (!json.TryGetPropertyValue(key, out var node))
        {
            return $"{path}: not a valid pact file: it has no \"interactions\" array (nor V3 \"messages\").";
        }

        if (node is not JsonArray array)
        {
            var kind = node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant();
            return $"{path}: not a valid pact file: \"{key}\" is {kind}, not an array.";
        }

        var index = array.ToList().FindIndex(i => i is not JsonObject);
        return index < 0 ? null : $"{path}: not a valid pact file: \"{key}\"[{index}] is not an object.";
    }

    private static string? SpecificationVersion(JsonObject json)
    {
        var metadata = json["metadata"] as JsonObject;
        return JsonText.Of(metadata?["pactSpecification"]?["version"])
            ?? JsonText.Of(metadata?["pact-specification"]?["version"])
            ?? JsonText.Of(metadata?["pactSpecificationVersion"]);
    }

    private static bool IsKnownVersion(string version) =>
        version.Split('.')[0] is "1" or "2" or "3" or "4";
}
