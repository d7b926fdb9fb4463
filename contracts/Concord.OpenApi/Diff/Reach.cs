namespace Concord.OpenApi.Diff;

/// <summary>One operation a shared component is used by, and which version it is pointed at in.</summary>
internal sealed record ReachedOperation(OperationEntry Operation, bool InRevision);

/// <summary>The operations a shared component is used by: named in the message, pointed at as related locations.</summary>
internal sealed record Reach(IReadOnlyList<ReachedOperation> Operations)
{
    public static Reach None { get; } = new([]);
}
