using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;

namespace Concord.Cli.Check;

/// <summary>
/// The step of <c>check</c> that reads every consumer pact against its provider's OpenAPI document (the
/// committed one, else the one the running provider serves), as <c>concord compare</c> does: rules
/// CORD110–CORD139, no request sent. One comparer per document, reused for all of its pacts. A pact whose
/// provider has no document is reported (CORD131), so that "nothing found" never stands for "nothing compared".
/// </summary>
internal static class PactDocumentComparison
{
    public static IReadOnlyList<Finding> Run(
        IReadOnlyList<PactFile> pacts,
        IReadOnlyDictionary<string, SpecDocument> committed,
        IReadOnlyDictionary<string, ProviderApi> providers,
        IReadOnlyDictionary<string, string> projects,
        CheckProgress progress,
        EdgeChecks edges)
    {
        var findings = new List<Finding>();
        foreach (var group in pacts.GroupBy(p => p.Provider, StringComparer.Ordinal))
        {
            var document = committed.GetValueOrDefault(group.Key) ?? providers.GetValueOrDefault(group.Key)?.Served;
            if (document is null)
            {
                progress.Say($"contract: {group.Key} has no OpenAPI document; its {group.Count()} pact(s) are not compared with one");
                findings.AddRange(group.Select(pact => NotCompared(pact, projects.GetValueOrDefault(group.Key))));
                continue;
            }

            var comparer = new PactComparer(document);
            foreach (var pact in group)
            {
                try
                {
                    findings.AddRange(comparer.Compare(pact.Read ?? PactReader.ReadFile(pact.Path)));
                    edges.Add(pact.Consumer, pact.Provider, $"compare: {pact.Requests.Count} pact interaction{(pact.Requests.Count == 1 ? "" : "s")} compared with its document");
                }
                catch (PactReadException e)
                {
                    throw new CheckFailedException(e.Message);
                }
            }

            progress.Say($"contract: {group.Count()} pact(s) compared with {group.Key}'s document {document.Name}");
        }

        return findings;
    }

    /// <summary>CORD131: the pact on one side, the provider's project (where a document would be committed or served from) on the other.</summary>
    private static Finding NotCompared(PactFile pact, string? project)
    {
        var descriptor = PactComparisonRules.Get(PactComparisonRules.ProviderDocumentMissing);
        var where = project is null ? string.Empty : $" (none committed for {project}, none served by it)";
        return new Finding(
            descriptor.Id,
            descriptor.DefaultSeverity,
            Lens.Contract,
            $"{pact.Consumer}'s pact with {pact.Provider}: {pact.Provider} has no OpenAPI document{where}; its {pact.Requests.Count} HTTP interaction(s) are not checked against one",
            new PactLocation(pact.Path, "(every interaction)", pact.Consumer, pact.Provider),
            project is null ? [] : ImmutableArray.Create<Location>(new SourceLocation(project, 1, 1)),
            "Commit the provider's OpenAPI document (\"openApi\" in concord.json) or have the provider serve one, so its consumers' pacts are checked against it.");
    }
}
