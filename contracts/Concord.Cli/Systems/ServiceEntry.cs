namespace Concord.Cli.Systems;

/// <summary>
/// One part of a system as check runs it: a service it starts (a web project), or a consumer it only reads
/// (a library or app that calls others). <see cref="Environment"/> values may hold <c>${url:Service}</c> and
/// <c>${secret:name}</c> placeholders, expanded when the run starts.
/// </summary>
/// <param name="Name">The service's name: the project's name, the Aspire resource's, or the system file's key.</param>
/// <param name="Project">The project file.</param>
/// <param name="OpenApi">The committed OpenAPI document, when there is one.</param>
/// <param name="DocumentUrls">Paths where the running service may serve its document, tried in order.</param>
/// <param name="Start">Whether check starts it.</param>
/// <param name="Health">The path that answers 2xx when it is ready; null: ready once it answers HTTP at all.</param>
/// <param name="EnvironmentName">The ASP.NET environment it runs in (null: the framework's default, Production).</param>
/// <param name="Consumes">The services it calls.</param>
/// <param name="Environment">Environment variables it is started with.</param>
/// <param name="VerifyHeaders">Headers added to every pact request verified against it.</param>
/// <param name="Origin">Where its facts come from, for the progress line: "system file", "solution", "Aspire app host".</param>
internal sealed record ServiceEntry(
    string Name,
    string Project,
    string? OpenApi,
    IReadOnlyList<string> DocumentUrls,
    bool Start,
    string? Health,
    string? EnvironmentName,
    IReadOnlyList<string> Consumes,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> VerifyHeaders,
    string Origin)
{
    /// <summary>Where ASP.NET serves a document when the project gives no other sign: Concord's samples and many services.</summary>
    public static IReadOnlyList<string> DefaultDocumentUrls { get; } = ["/openapi.json", "/openapi/v1.json", "/swagger/v1/swagger.json"];

    /// <summary>A service entry from a system file alone (no discovery): the defaults of a hand-written system.</summary>
    public static ServiceEntry FromFile(ServiceOverride given)
    {
        var project = given.Project!;
        var openApi = given.OpenApi ?? CommittedDocument.Next(project);
        return new ServiceEntry(
            given.Name,
            project,
            openApi,
            given.OpenApiUrl is { } url ? [url] : DefaultDocumentUrls,
            given.Start ?? openApi is not null,
            given.Health,
            given.EnvironmentName,
            given.Consumes ?? [],
            given.Environment,
            given.VerifyHeaders,
            "system file");
    }

    /// <summary>This entry with what a system file says about it; what the file leaves out stays as discovered.</summary>
    public ServiceEntry With(ServiceOverride given)
    {
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        foreach (var (key, value) in given.Environment)
        {
            environment[key] = value;
        }

        var headers = new Dictionary<string, string>(VerifyHeaders, StringComparer.Ordinal);
        foreach (var (key, value) in given.VerifyHeaders)
        {
            headers[key] = value;
        }

        return this with
        {
            Project = given.Project ?? Project,
            OpenApi = given.OpenApi ?? OpenApi,
            DocumentUrls = given.OpenApiUrl is { } url ? [url] : DocumentUrls,
            Start = given.Start ?? Start,
            Health = given.Health ?? Health,
            EnvironmentName = given.EnvironmentName ?? EnvironmentName,
            Consumes = given.Consumes ?? Consumes,
            Environment = environment,
            VerifyHeaders = headers,
            Origin = Origin + " + system file",
        };
    }
}
