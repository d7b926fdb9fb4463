namespace Concord.OpenApi.Diff;

/// <summary>The operations a shared component is used by: named for the message, pointed at for related locations.</summary>
internal sealed record Reach(IReadOnlyList<OperationEntry> Operations, IReadOnlyList<bool> InRevision)
{
    public static Reach None { get; } = new([], []);
}
