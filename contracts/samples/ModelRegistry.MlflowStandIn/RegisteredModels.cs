using System.Collections.Concurrent;

namespace ModelRegistry.MlflowStandIn;

/// <summary>The registered models, in memory: enough of MLflow's model registry for the sample.</summary>
public sealed class RegisteredModels
{
    private readonly ConcurrentDictionary<string, long> _createdAt = new(StringComparer.Ordinal);

    public bool TryCreate(string name, long timestamp) => _createdAt.TryAdd(name, timestamp);

    public long? CreatedAt(string name) => _createdAt.TryGetValue(name, out var timestamp) ? timestamp : null;
}
