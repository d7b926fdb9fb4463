namespace Concord.OpenApi.Drift;

/// <summary>A documented operation, what the running service answered to it, and what it answers on a path nobody maps.</summary>
public sealed record ProbedOperation(DocumentedOperation Operation, ProbeOutcome Outcome, ProbeOutcome? Unmapped = null)
{
    /// <summary>What the answer shows, compared with the answer to a path nobody maps when there is one.</summary>
    public RouteVerdict Verdict => RouteVerdict.Judge(Outcome, Unmapped, Operation.DocumentsNotFound);

    /// <summary>Whether, by the live answer alone, the service does not serve the route the document lists.</summary>
    public bool NotServed => Verdict.NotServed;
}
