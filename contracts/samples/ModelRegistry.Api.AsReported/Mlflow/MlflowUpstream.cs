namespace ModelRegistry.Api.Mlflow;

/// <summary>
/// As reported: an unset MLFLOW_SERVER_URL quietly becomes localhost, where nothing runs; and the proxy forwards to
/// <c>/api/2.0/mlflow/</c>, while the tracking server answers its REST API under <c>/ajax-api/2.0/mlflow/</c>.
/// </summary>
public static class MlflowUpstream
{
    public const string RestApi = "/api/2.0/mlflow/";

    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["MLFLOW_SERVER_URL"] ?? "http://localhost:5000");
}
