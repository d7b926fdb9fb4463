using Concord.Pact.Consumer;
using Concord.Pact.Matchers;

namespace ModelRegistry.Sample.Tests.Contracts;

/// <summary>What the API's MLflow proxy (consumer) expects of the tracking server (provider, the stand-in).</summary>
public static class MlflowContracts
{
    public const string Consumer = "ModelRegistryApi";
    public const string Provider = "MlflowStandIn";
    public const string ModelName = "churn-model";

    /// <summary>A model is registered under <paramref name="restApi"/>, the prefix the proxy's code forwards to.</summary>
    public static void RegisterModel(PactBuilder pact, string restApi) =>
        pact.UponReceiving("a model is registered with MLflow")
            .WithRequest(HttpMethod.Post, restApi + "registered-models/create")
            .WithJsonBody(new { name = ModelName })
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { registered_model = new { name = ModelName, creation_timestamp = Match.Integer(1700000000000) } });
}
