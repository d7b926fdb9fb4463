using System.Collections.Immutable;
using Concord.Core.Findings;
using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;
using Concord.Pact.Findings;
using Concord.Pact.Provider;

namespace Concord.Cli.Check;

/// <summary>The contract step of a run: every pact verified against its running provider, coverage findings given the provider's documented operations.</summary>
internal sealed partial class CheckRun
{
    private async Task<IEnumerable<Finding>> VerifyPactsAsync(
        IReadOnlyList<PactFile> pacts,
        IReadOnlyDictionary<string, Uri> urls,
        Placeholders placeholders,
        IReadOnlyDictionary<string, SpecDocument> documents,
        CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        if (pacts.Count == 0)
        {
            progress.Say($"contract: no pact in {source.PactFolder}; nothing verified");
        }

        foreach (var group in pacts.GroupBy(p => p.Provider, StringComparer.Ordinal))
        {
            if (!urls.TryGetValue(group.Key, out var url))
            {
                throw new CheckFailedException($"{group.First().Path}: provider \"{group.Key}\" is not a started service of {source.Path} (services: {string.Join(", ", urls.Keys.Order(StringComparer.Ordinal))}).");
            }

            progress.Say($"contract: verifying {group.Count()} pact(s) against {group.Key}");
            var verifier = new PactVerifier(group.Key).WithProvider(url);
            if (group.Any(p => p.UsesProviderStates))
            {
                verifier.WithProviderStateUrl(new Uri(url, "pact/provider-states"));
            }

            foreach (var pact in group)
            {
                verifier.WithPactFile(pact.Path);
            }

            var provider = Services.First(s => s.Name == group.Key);
            foreach (var (name, value) in provider.VerifyHeaders)
            {
                verifier.WithCustomHeader(name, placeholders.Expand(value, $"{source.Path}: {group.Key}.verifyHeaders.{name}"));
            }

            var result = await verifier.VerifyAsync(cancellationToken).ConfigureAwait(false);
            foreach (var pact in group)
            {
                // Counted from what the verifier reports it ran, not from the file: an interaction it could not run
                // was not checked.
                var verified = result.Interactions.Count(i => i.PactFile == pact.Path && i.Error is null);
                if (verified > 0)
                {
                    _checked.Add(pact.Consumer, pact.Provider, $"contract: {Plural(verified, "pact interaction")} verified against the running service");
                }
            }
            var providerDocument = documents.GetValueOrDefault(group.Key);
            // Read once per provider, not once per finding.
            var operations = providerDocument is null ? [] : DocumentedOperation.Of(providerDocument);
            findings.AddRange(result.ToFindings().Select(f => PactInteractionLines.WithLine(WithProviderDocument(f, [.. group], providerDocument, operations), [.. group])));
        }

        return findings;
    }

    /// <summary>A pact finding with no other side (coverage) gets the provider's documented operations its interactions request.</summary>
    private static Finding WithProviderDocument(Finding finding, IReadOnlyList<PactFile> pacts, SpecDocument? document, IReadOnlyList<DocumentedOperation> operations)
    {
        if (finding.Related.Length > 0 || document is null || finding.Location is not PactLocation where)
        {
            return finding;
        }

        var paths = pacts.Where(p => p.Path == where.PactFile).SelectMany(p => p.RequestPaths);
        var related = operations.Where(o => paths.Any(o.Path.Matches)).Select(o => (Location)document.Locate(o.Pointer)).ToImmutableArray();
        return related.IsEmpty ? finding : finding with { Related = related };
    }
}
