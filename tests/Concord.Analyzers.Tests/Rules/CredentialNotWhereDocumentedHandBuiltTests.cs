using Concord.Analyzers.Infrastructure;
using Concord.Analyzers.Rules;
using Concord.Analyzers.Tests.Calls;
using static Concord.Analyzers.Tests.Calls.InventoryRun;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD007 on JSON written by hand: the call model reads such a body for every rule, not only CORD001.</summary>
public sealed class CredentialNotWhereDocumentedHandBuiltTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;

        namespace Gateway;

        """;

    private static readonly ProviderFile AuthDocument = new("/docs/auth.json", TestDocuments.Auth, "AuthService", "AuthServiceClient");

    [Fact]
    public async Task CORD007_fires_on_a_key_in_json_written_by_hand_and_not_on_one_nested_in_another_object()
    {
        var reported = Assert.Single(await WithDocumentsAsync(RuleIds.CredentialNotWhereDocumented, Header + """"
            public sealed class AuthServiceClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string apiKey, string serviceId) =>
                    http.PostAsync("/api/v1/keys/validate", new StringContent($$"""{"api_key":"{{apiKey}}","service_id":"{{serviceId}}"}""", Encoding.UTF8, "application/json"));

                public Task<HttpResponseMessage> Nested(string apiKey) =>
                    http.PostAsync("api/v1/keys/validate", new StringContent("{\"meta\":{\"api_key\":\"" + apiKey + "\"}}", Encoding.UTF8, "application/json"));
            }
            """", AuthDocument));

        Assert.Equal(
            "The JSON body member 'api_key' is sent, but AuthService's document reads the credential of POST /api/v1/keys/validate from the Authorization header (Bearer)",
            reported.Message);
        Assert.Equal("\"/api/v1/keys/validate\"", reported.At);
    }
}
