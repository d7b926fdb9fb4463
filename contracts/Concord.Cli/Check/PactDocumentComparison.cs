using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;

namespace Concord.Cli.Check;

/// <summary>
/// The step of <c>check</c> that reads every consumer pact against its provider's OpenAPI document (the
/// committed one, else the one the running provider serves), as <c>concord compare</c> does: rules
/// CORD110–CORD139, no request sent. One comparer per document, reused for all of its pacts.
/// </summary>
internal static class PactDocumentComparison
{
    public static IReadOnlyList<Finding> Run(
        IReadOnlyList<PactFile> pacts,
        IReadOnlyDictionary<string, SpecDocument> committed,
        IReadOnlyDictionary<string, ProviderApi> providers,
        CheckProgress progress)
    {
        var findings = new List<Finding>();
        foreach (var group in pacts.GroupBy(p => p.Provider, StringComparer.Ordinal))
        {
            var document = committed.GetValueOrDefault(group.Key) ?? providers.GetValueOrDefault(group.Key)?.Served;
            if (document is null)
            {
                progress.Say($"contract: {group.Key} has no OpenAPI document; its {group.Count()} pact(s) are not compared with one");
                continue;
            }

            var comparer = new PactComparer(document);
            foreach (var pact in group)
            {
                try
                {
                    findings.AddRange(comparer.Compare(PactReader.ReadFile(pact.Path)));
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
}
