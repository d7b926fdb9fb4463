namespace ModelRegistry.Api.Mlflow;

/// <summary>As reported: an unset MLFLOW_SERVER_URL quietly becomes localhost, where nothing runs.</summary>
public static class MlflowUpstream
{
    public static Uri BaseAddressFrom(IConfiguration configuration) =>
        new(configuration["MLFLOW_SERVER_URL"] ?? "http://localhost:5000");
}
