using Concord.Analyzers.Infrastructure;
using System.Collections.Immutable;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>
/// The spec-aware rules on the repository's seed sample, with the providers' real committed documents:
/// the as-reported variant gives CORD006 (the SDK's /api/mlflow prefix) and CORD007 (the key in the JSON
/// body), the fixed variant gives neither; CORD008 (a required parameter not set) gives nothing on either.
/// </summary>
public sealed class SeedSampleSpecTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot.Path, "contracts", "samples");

    private static ProviderFile Document(string project, string provider, string? baseAddress = null) =>
        new(Path.Combine(Samples, project, "openapi.json"), File.ReadAllText(Path.Combine(Samples, project, "openapi.json")), provider, baseAddress);

    /// <summary>The files where each variant calls its provider, with the model types they share (the projects link them).</summary>
    private static string[] Sources(string project) => project switch
    {
        "ModelRegistry.Client" or "ModelRegistry.Client.AsReported" =>
        [
            File.ReadAllText(Path.Combine(Samples, project, "ModelRegistryClient.cs")),
            File.ReadAllText(Path.Combine(Samples, "ModelRegistry.Client", "RegisteredModel.cs")),
            File.ReadAllText(Path.Combine(Samples, "ModelRegistry.Client", "RegistrationResponse.cs")),
        ],
        _ => [File.ReadAllText(Path.Combine(Samples, project, "Auth", "AuthServiceClient.cs"))],
    };

    private static async Task<ImmutableArray<Reported>> BothRulesAsync(string project, ProviderFile document)
    {
        var route = await WithDocumentsAsync(RuleIds.RouteNotInProviderDocument, Sources(project), document);
        var credential = await WithDocumentsAsync(RuleIds.CredentialNotWhereDocumented, Sources(project), document);
        var required = await WithDocumentsAsync(RuleIds.RequiredParameterNotSet, Sources(project), document);
        return route.AddRange(credential).AddRange(required);
    }

    [Fact]
    public async Task The_as_reported_sdk_calls_a_route_the_api_does_not_serve()
    {
        var reported = Assert.Single(await BothRulesAsync("ModelRegistry.Client.AsReported", Document("ModelRegistry.Api", "ModelRegistryApi")));

        Assert.Equal("CORD006", reported.Id);
        Assert.Equal("/mlflow/api/2.0/mlflow/registered-models/create", reported["Suggestion"]);
    }

    [Fact]
    public async Task The_as_reported_middleware_sends_the_key_in_the_body()
    {
        var reported = Assert.Single(await BothRulesAsync("ModelRegistry.Api.AsReported", Document("ModelRegistry.Auth", "AuthService", "AuthServiceClient")));

        Assert.Equal("CORD007", reported.Id);
        Assert.StartsWith("The JSON body member 'api_key' is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header", reported.Message);
    }

    [Fact]
    public async Task The_fixed_variants_agree_with_the_documents()
    {
        Assert.Empty(await BothRulesAsync("ModelRegistry.Client", Document("ModelRegistry.Api", "ModelRegistryApi")));
        Assert.Empty(await BothRulesAsync("ModelRegistry.Api", Document("ModelRegistry.Auth", "AuthService", "AuthServiceClient")));
    }
}
