namespace Concord.OpenApi.Drift;

/// <summary>A documented operation and what the running service answered to it.</summary>
public sealed record ProbedOperation(DocumentedOperation Operation, ProbeOutcome Outcome)
{
    /// <summary>Whether the service does not serve the route the document lists.</summary>
    public bool NotServed => Outcome.RouteNotServed(Operation.DocumentsNotFound);
}
