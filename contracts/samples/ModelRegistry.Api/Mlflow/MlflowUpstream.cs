namespace ModelRegistry.Api.Mlflow;

/// <summary>Where the MLflow tracking server lives; the service refuses to start without it.</summary>
public static class MlflowUpstream
{
    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["MLFLOW_SERVER_URL"] ?? throw new InvalidOperationException("MLFLOW_SERVER_URL is not configured"));
}
