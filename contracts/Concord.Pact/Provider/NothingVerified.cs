namespace Concord.Pact.Provider;

/// <summary>
/// Says why a verification verified nothing, naming what was looked for (provider, consumers,
/// filters, sources) and what was found (the local pacts, their pairs and interaction counts).
/// Verifying nothing is never a pass: a renamed provider or a filter typo would otherwise go green.
/// </summary>
internal sealed record NothingVerified(
    string Provider,
    IReadOnlyList<PactSource> Sources,
    IReadOnlyList<string> Consumers,
    string? DescriptionFilter,
    string? StateFilter)
{
    /// <summary>
    /// Before the core runs, when every source is local: the reason nothing would be verified, or null.
    /// Sources the core fetches (URLs, brokers) are judged after the run instead.
    /// </summary>
    internal string? BeforeRun(LocalPacts local)
    {
        if (!Sources.All(s => s is PactSource.File or PactSource.Directory))
        {
            return null;
        }

        var forProvider = local.Pacts.Where(p => p.Provider == Provider).ToList();
        if (forProvider.Count == 0)
        {
            return $"Nothing to verify: no pact for provider \"{Provider}\" in {DescribeSources()}; found {DescribeFound(local.Pacts)}.";
        }

        var selected = Consumers.Count == 0 ? forProvider : forProvider.Where(p => Consumers.Contains(p.Consumer, StringComparer.Ordinal)).ToList();
        if (selected.Count == 0)
        {
            return $"Nothing to verify: no pact of consumer {Quoted(Consumers)} for provider \"{Provider}\"; found {DescribeFound(forProvider)}.";
        }

        if (selected.All(p => p.Interactions.Count == 0))
        {
            return $"Nothing to verify: the pacts for provider \"{Provider}\" hold no interactions; found {DescribeFound(selected)}.";
        }

        return null;
    }

    /// <summary>After a run that reported no interaction at all: why, as far as can be told.</summary>
    internal string AfterRun(LocalPacts local)
    {
        var filters = new List<string>();
        if (DescriptionFilter is not null)
        {
            filters.Add($"description /{DescriptionFilter}/");
        }

        if (StateFilter is not null)
        {
            filters.Add($"provider state /{StateFilter}/");
        }

        if (Consumers.Count > 0)
        {
            filters.Add($"consumer {Quoted(Consumers)}");
        }

        var lookedFor = filters.Count == 0 ? $"interactions for provider \"{Provider}\"" : $"interactions for provider \"{Provider}\" with {string.Join(" and ", filters)}";
        var found = local.Pacts.Count > 0 ? $"; local pacts found: {DescribeFound(local.Pacts)}" : string.Empty;
        return $"Nothing was verified: the core verified no interaction; looked for {lookedFor} in {DescribeSources()}{found}.";
    }

    private string DescribeSources() => Sources.Count == 0 ? "no source" : string.Join(", ", Sources.Select(source => source switch
    {
        PactSource.File file => $"file {file.Path}",
        PactSource.Directory folder => $"folder {folder.Path}",
        PactSource.Url url => $"URL {url.Address}",
        PactSource.Broker broker => $"broker {broker.Address}",
        _ => source.ToString(),
    }));

    private static string DescribeFound(IEnumerable<LocalPact> pacts)
    {
        var list = pacts.ToList();
        return list.Count == 0
            ? "no pact files"
            : string.Join(", ", list.Select(p => $"\"{p.Consumer}\" -> \"{p.Provider}\" with {p.Interactions.Count} interaction(s) ({Path.GetFileName(p.Path)})"));
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(" or ", names.Select(n => $"\"{n}\""));
}
