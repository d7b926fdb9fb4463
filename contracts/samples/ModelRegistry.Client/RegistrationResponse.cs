using System.Text.Json.Serialization;

namespace ModelRegistry.Client;

/// <summary>MLflow's answer to a registration: the model under <c>registered_model</c>.</summary>
internal sealed record RegistrationResponse([property: JsonPropertyName("registered_model")] RegisteredModel RegisteredModel);
