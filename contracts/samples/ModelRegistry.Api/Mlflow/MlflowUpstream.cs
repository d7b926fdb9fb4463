namespace ModelRegistry.Api.Mlflow;

/// <summary>Where the MLflow tracking server lives; the service refuses to start without it.</summary>
public static class MlflowUpstream
{
    /// <summary>Where the tracking server answers its REST API (its committed document says so).</summary>
    public const string RestApi = "/ajax-api/2.0/mlflow/";

    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["MLFLOW_SERVER_URL"] ?? throw new InvalidOperationException("MLFLOW_SERVER_URL is not configured"));
}
