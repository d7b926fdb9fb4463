using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Drift;

/// <summary>A provider as the drift checks see it: its name, committed document, and, when it runs, its probe and results.</summary>
public sealed record ProviderApi(string Name, SpecDocument Document, LiveProbe? Live, IReadOnlyList<ProbedOperation> Probed)
{
    public IReadOnlyList<DocumentedOperation> Operations { get; } = DocumentedOperation.Of(Document);
}
