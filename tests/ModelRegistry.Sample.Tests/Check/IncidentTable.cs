namespace ModelRegistry.Sample.Tests.Check;

/// <summary>
/// One row of README's incident table: a failure of the seed reports, a rule that catches it in the as-reported
/// sample, where that finding is (<see cref="Primary"/>), what it says, and its other side. <see cref="Edge"/> is
/// the consumer and provider of the disagreement it is evidence of, when it is one. A row with no other side is a
/// finding about one part alone (a key written into code).
/// </summary>
public sealed record SeedCatch(string Failure, string Rule, string Primary, string Message, string? OtherSide, string? Edge);

/// <summary>
/// README's incident table as data: every seed failure with the rules that catch it in the as-reported sample.
/// A test asserts each row on a real <c>concord check</c> run; rows for more rules are added here.
/// </summary>
public static class IncidentTable
{
    public const string KeyInBody = "key in body";
    public const string LocalhostFallback = "localhost fallback";
    public const string ApiMlflowPrefix = "/api/mlflow vs /mlflow";
    public const string AjaxApiPrefix = "/ajax-api vs /api";
    public const string DocumentedRoutes404 = "documented routes 404 live";
    public const string NegativeOnlyTests = "negative-only auth tests";
    public const string FiveWays = "five ways of sending the key";
    public const string PastedKey = "live key pasted into a report";
    public const string RequiredVsInvalid = "\"API key required\" vs \"Invalid or expired API key\"";

    private const string AuthDocument = "ModelRegistry.Auth/openapi.json#/paths/~1api~1v1~1keys~1validate/post";
    private const string StandInCreate = "ModelRegistry.MlflowStandIn/openapi.json#/paths/~1ajax-api~12.0~1mlflow~1registered-models~1create/post";

    public static IReadOnlyList<SeedCatch> Rows { get; } =
    [
        new(KeyInBody, "CORD001", "ModelRegistry.Api.AsReported/Auth/AuthServiceClient.cs", "API key 'api_key' is sent in the JSON body", AuthDocument, "ModelRegistryApi → AuthService"),
        new(KeyInBody, "CORD007", "ModelRegistry.Api.AsReported/Auth/AuthServiceClient.cs", "The JSON body member 'api_key' is sent, but AuthService's document reads the credential", AuthDocument, "ModelRegistryApi → AuthService"),
        new(KeyInBody, "CORD115", "ModelRegistryApi-AuthService.json", "the request carries the credential in its body ('api_key')", AuthDocument, "ModelRegistryApi → AuthService"),
        new(LocalhostFallback, "CORD002", "ModelRegistry.Api.AsReported/Mlflow/MlflowUpstream.cs", "falls back to 'http://localhost:5000'", "GET http://localhost:5000", "ModelRegistryApi → MlflowStandIn"),
        new(ApiMlflowPrefix, "CORD400", "ModelRegistry.Client.AsReported/ModelRegistryClient.cs", "did you mean /mlflow/api/2.0/mlflow/registered-models/create", "ModelRegistry.Api.AsReported/openapi.json", "RegistrationClient → ModelRegistryApi"),
        new(ApiMlflowPrefix, "CORD100", "RegistrationClient-ModelRegistryApi.json", "status: expected 200 but was 404", "/api/mlflow/api/2.0/mlflow/registered-models/create", "RegistrationClient → ModelRegistryApi"),
        new(AjaxApiPrefix, "CORD006", "ModelRegistry.Api/Mlflow/MlflowProxy.cs", "/api/2.0/mlflow/registered-models/create is not in MlflowStandIn's document; did you mean /ajax-api/2.0/mlflow/registered-models/create?", StandInCreate, "ModelRegistryApi → MlflowStandIn"),
        new(AjaxApiPrefix, "CORD400", "ModelRegistry.Api/Mlflow/MlflowProxy.cs", "ModelRegistryApi calls POST /api/2.0/mlflow/registered-models/create", StandInCreate, "ModelRegistryApi → MlflowStandIn"),
        new(AjaxApiPrefix, "CORD100", "ModelRegistryApi-MlflowStandIn.json", "status: expected 200 but was 404", "/api/2.0/mlflow/registered-models/create", "ModelRegistryApi → MlflowStandIn"),
        new(AjaxApiPrefix, "CORD110", "ModelRegistryApi-MlflowStandIn.json", "POST /api/2.0/mlflow/registered-models/create: no path of the document", "ModelRegistry.MlflowStandIn/openapi.json#/paths", "ModelRegistryApi → MlflowStandIn"),
        new(DocumentedRoutes404, "CORD401", "ModelRegistry.Api.AsReported/openapi.json", "GET /api/mlflow/api/2.0/mlflow/registered-models/get is listed", "GET http://127.0.0.1:", null),
        new(NegativeOnlyTests, "CORD103", "ModelRegistryApi-AuthService.json", "covers no success response", AuthDocument, "ModelRegistryApi → AuthService"),
        new(FiveWays, "CORD007", "ModelRegistry.KeyCheck.AsReported/KeyCheckClient.cs", "The X-API-Key header is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)", AuthDocument, "KeyCheck → AuthService"),
        new(FiveWays, "CORD100", "KeyCheck-AuthService.json", "\"a valid API key is accepted\" the way KeyCheck expects: body $: Actual map is missing the following keys: valid; status: expected 200 but was 401", "/api/v1/keys/validate", "KeyCheck → AuthService"),
        new(FiveWays, "CORD114", "KeyCheck-AuthService.json", "requires Authorization: Bearer <credential>; the request sends header 'X-API-Key'", AuthDocument, "KeyCheck → AuthService"),
        new(FiveWays, "CORD132", "KeyCheck-AuthService.json", "request header 'X-API-Key' is not documented for POST /api/v1/keys/validate", AuthDocument, "KeyCheck → AuthService"),
        new(PastedKey, "CORD004", "ModelRegistry.KeyCheck.AsReported/PastedKey.cs", "Hard-coded live API key 'hk_live_", null, null),
        new(RequiredVsInvalid, "CORD100", "KeyCheck-AuthService.json", "Expected 'API key required' (String) to be equal to 'Invalid or expired API key' (String)", "/api/v1/keys/validate", "KeyCheck → AuthService"),
    ];

    /// <summary>The rows as theory data: failure and rule name a row.</summary>
    public static TheoryData<string, string> Keys()
    {
        var keys = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            keys.Add(row.Failure, row.Rule);
        }

        return keys;
    }

    public static SeedCatch Row(string failure, string rule) => Rows.Single(r => r.Failure == failure && r.Rule == rule);
}
