using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Drift;

/// <summary>
/// A provider as the drift checks see it: its name, committed document, and, when it runs, its probe, the
/// probe's results and the document the running service generates itself (<paramref name="Served"/>, e.g.
/// from <c>MapOpenApi</c>). When the served document is given it decides what is mapped: a route it lists
/// is served whatever its handler answers.
/// </summary>
public sealed record ProviderApi(string Name, SpecDocument Document, LiveProbe? Live, IReadOnlyList<ProbedOperation> Probed, SpecDocument? Served = null)
{
    // Cached with the document it was read from, so a copy made with another served document reads its own.
    private (SpecDocument Document, IReadOnlyList<DocumentedOperation> Operations)? _served;

    /// <summary>The operations of the committed document.</summary>
    public IReadOnlyList<DocumentedOperation> Operations { get; } = DocumentedOperation.Of(Document);

    /// <summary>The operations of the served document, or null when there is none.</summary>
    public IReadOnlyList<DocumentedOperation>? ServedOperations
    {
        get
        {
            if (Served is null)
            {
                return null;
            }

            if (_served is not { } cached || !ReferenceEquals(cached.Document, Served))
            {
                _served = cached = (Served, DocumentedOperation.Of(Served));
            }

            return cached.Operations;
        }
    }

    /// <summary>
    /// Whether the running provider serves <paramref name="operation"/> (one of <see cref="Operations"/>), and on
    /// what evidence. With a served document: listed there (same method, same path shape) means served; a path it
    /// lists for other methods only is served for those only; a route it leaves out is not served unless the live
    /// answer shows a handler. Without one: the live answer alone (<see cref="RouteVerdict.Judge"/>). With neither,
    /// null: nothing to judge by.
    /// </summary>
    public RouteVerdict? Verdict(DocumentedOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var live = ProbeOf(operation)?.Verdict;
        if (ServedOperations is not { } served)
        {
            return live;
        }

        var samePath = served.Where(s => s.Path.Shape == operation.Path.Shape).ToList();
        if (samePath.FirstOrDefault(s => s.Method == operation.Method) is { } listed)
        {
            return new(RouteState.Served, $"{Served!.Name} lists {listed.Method} {listed.Path.Template}");
        }

        if (live is { State: RouteState.Served })
        {
            return new(RouteState.Served, $"{Served!.Name} does not list it, but {live.Evidence}");
        }

        var proof = live is null ? "" : $"; {live.Evidence}";
        return samePath.Count > 0
            ? new(RouteState.OtherMethodsOnly, $"its served document {Served!.Name} lists {samePath[0].Path.Template} only for {string.Join(", ", samePath.Select(s => s.Method))}{proof}")
            : new(RouteState.NotMapped, $"its served document {Served!.Name} does not list it{proof}");
    }

    /// <summary>The probe of <paramref name="operation"/>, when the provider was probed.</summary>
    public ProbedOperation? ProbeOf(DocumentedOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Probed.FirstOrDefault(p => p.Operation.Method == operation.Method && p.Operation.Path.Template == operation.Path.Template);
    }

    /// <summary>Whether the served document lists a route <paramref name="path"/> is an instance of, for <paramref name="method"/> (any method when null).</summary>
    public bool ServedLists(string path, string? method) =>
        ServedOperations?.Any(s => s.Path.Matches(path) && (method is null || s.Method == method)) == true;
}
