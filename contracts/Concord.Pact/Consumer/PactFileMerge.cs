using System.Text.Json.Nodes;
using Concord.Pact.Json;

namespace Concord.Pact.Consumer;

/// <summary>
/// Merges a freshly written pact into the one already on disk, as the core's own merge does, but
/// never silently: an interaction is known by its description and provider states; the same
/// interaction with the same content is kept once; with different content it is a conflict when the
/// process that wrote it is still running (two tests disagree), and replaced when that process has
/// finished (an earlier run, whose test has since changed).
/// </summary>
internal static class PactFileMerge
{
    internal static JsonObject Merge(string pactFile, JsonObject? existing, JsonObject fresh, Dictionary<string, PactWriter> writers)
    {
        var section = fresh.ContainsKey("messages") && !fresh.ContainsKey("interactions") ? "messages" : "interactions";
        var freshItems = (fresh[section] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var existingVersion = existing is null ? "?" : Version(existing);
        var freshVersion = Version(fresh);
        if (existing is null || existingVersion.Split('.')[0] != freshVersion.Split('.')[0])
        {
            if (existing is not null && writers.Values.Distinct().FirstOrDefault(w => w.IsAlive) is { } live)
            {
                throw new PactFileConflictException(pactFile, [$"{live} wrote it as a Pact {existingVersion} pact; this test writes Pact {freshVersion}. Tests of one consumer and provider must use one specification version."]);
            }

            writers.Clear();
            foreach (var item in freshItems)
            {
                writers[Key(item)] = PactWriter.Current;
            }

            return (JsonObject)fresh.DeepClone();
        }

        var merged = (existing[section] as JsonArray ?? []).Select(n => n?.DeepClone()).OfType<JsonObject>().ToList();
        var conflicts = new List<string>();
        foreach (var item in freshItems)
        {
            var key = Key(item);
            var index = merged.FindIndex(m => Key(m) == key);
            if (index < 0)
            {
                merged.Add((JsonObject)item.DeepClone());
            }
            else if (!JsonNode.DeepEquals(merged[index], item))
            {
                if (writers.TryGetValue(key, out var writer) && writer.IsAlive)
                {
                    var who = writer == PactWriter.Current ? "another test in this process" : writer.ToString();
                    conflicts.Add($"Interaction {Describe(item)} conflicts: {who} wrote it with {Difference(merged[index], item, "$", "it", "this test")}.");
                    continue;
                }

                merged[index] = (JsonObject)item.DeepClone();
            }

            writers[key] = PactWriter.Current;
        }

        if (conflicts.Count > 0)
        {
            throw new PactFileConflictException(pactFile, [.. conflicts, "Two tests that describe one interaction must agree; give one of them another description or provider state."]);
        }

        var result = (JsonObject)fresh.DeepClone();
        result[section] = new JsonArray([.. merged]);
        return result;
    }

    /// <summary>An interaction's identity: its description and its provider states (names and parameters).</summary>
    internal static string Key(JsonObject interaction) =>
        $"{JsonText.Of(interaction["description"])}\n{interaction["providerStates"]?.ToJsonString() ?? JsonText.Of(interaction["providerState"]) ?? ""}";

    private static string Describe(JsonObject interaction)
    {
        var states = interaction["providerStates"] is JsonArray list
            ? list.Select(s => JsonText.Of(s?["name"])).OfType<string>().ToList()
            : JsonText.Of(interaction["providerState"]) is { } single ? [single] : [];
        return $"\"{JsonText.Of(interaction["description"])}\"{(states.Count == 0 ? "" : $" given {string.Join(", ", states.Select(s => $"\"{s}\""))}")}";
    }

    /// <summary>The first place two interactions differ (the V4 <c>key</c>, a hash of the rest, is skipped).</summary>
    private static string Difference(JsonNode? first, JsonNode? second, string path, string firstName, string secondName)
    {
        if (first is JsonObject a && second is JsonObject b)
        {
            foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Where(n => !(path == "$" && n == "key")))
            {
                a.TryGetPropertyValue(name, out var left);
                b.TryGetPropertyValue(name, out var right);
                if (!JsonNode.DeepEquals(left, right))
                {
                    return Difference(left, right, $"{path}.{name}", firstName, secondName);
                }
            }
        }
        else if (first is JsonArray x && second is JsonArray y && x.Count == y.Count)
        {
            for (var i = 0; i < x.Count; i++)
            {
                if (!JsonNode.DeepEquals(x[i], y[i]))
                {
                    return Difference(x[i], y[i], $"{path}[{i}]", firstName, secondName);
                }
            }
        }

        return $"{path} = {Show(first)}, {secondName} describes it with {path} = {Show(second)}";
    }

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "(absent)";
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    private static string Version(JsonObject pact) =>
        JsonText.Of(pact["metadata"]?["pactSpecification"]?["version"]) ?? "?";
}
