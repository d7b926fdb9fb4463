using System.Text.Json.Serialization;

namespace ModelRegistry.Client;

/// <summary>A model in the registry, as MLflow describes it.</summary>
public sealed record RegisteredModel(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("creation_timestamp")] long CreationTimestamp);
