using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>What the registration SDK (consumer) expects of the API (provider).</summary>
public static class RegistrationContracts
{
    public const string Consumer = "RegistrationClient";
    public const string Provider = "ModelRegistryApi";
    public const string ServedPath = "/mlflow/api/2.0/mlflow/registered-models/create";
    public const string AsReportedPath = "/api/mlflow/api/2.0/mlflow/registered-models/create";

    /// <summary>A model is registered at <paramref name="path"/>, with a platform key in the Authorization header (the verifier injects a real one).</summary>
    public static void RegisterModel(PactBuilder pact, string path) =>
        pact.UponReceiving("a model is registered")
            .WithRequest(HttpMethod.Post, path)
            .WithHeader("Authorization", Match.Regex("Bearer \\S+", "Bearer redacted-example-credential"))
            .WithJsonBody(new { name = "fraud-detector" })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { registered_model = new { name = "fraud-detector", creation_timestamp = Match.Integer(1700000000000) } });
}
