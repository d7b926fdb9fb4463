using Concord.Analyzers.Calls;
using static Concord.Analyzers.Tests.Calls.CallModelRun;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>The call model's one header reader: the request, the client's default headers, its registration, and Refit.</summary>
public sealed class CallHeaderModelTests
{
    private const string Header = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shop;

        """;

    [Fact]
    public void Headers_set_on_the_request_and_on_default_headers_in_the_method_are_read_with_their_values()
    {
        var call = SingleCall(Header + """
            public sealed class ReportsClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Monthly(string tenant, string key)
                {
                    http.DefaultRequestHeaders.TryAddWithoutValidation("X-Tenant", tenant);
                    var request = new HttpRequestMessage(HttpMethod.Get, "reports");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                    return http.SendAsync(request);
                }
            }
            """);

        Assert.Equal(["X-Tenant", "Authorization"], call.Headers.Names.ToArray());
        Assert.Equal("tenant", call.Headers.Headers[0].Value!.Syntax.ToString());
        Assert.True(call.Headers.Sets("x-tenant"));
        Assert.False(call.Headers.MaySetAny);
    }

    [Fact]
    public void A_typed_clients_constructor_sets_headers_for_its_calls()
    {
        var call = SingleCall(Header + """
            public sealed class ReportsClient
            {
                private readonly HttpClient _http;

                public ReportsClient(HttpClient http, string key)
                {
                    _http = http;
                    _http.DefaultRequestHeaders.Add("X-API-Key", key);
                }

                public Task<string> Monthly() => _http.GetStringAsync("reports");
            }
            """);

        var header = Assert.Single(call.Headers.Headers);
        Assert.Equal("X-API-Key", header.Name);
        Assert.Equal("key", header.Value!.Syntax.ToString());
    }

    [Fact]
    public void A_named_clients_registration_sets_default_headers_in_its_configuration()
    {
        var registrations = Registrations(Header + """
            public static class Setup
            {
                public static void Register(IServiceCollection services, string key) =>
                    services.AddHttpClient("reports", c => c.BaseAddress = new Uri("https://reports.example/"))
                        .ConfigureHttpClient(c =>
                        {
                            c.DefaultRequestHeaders.Add("X-Tenant", "north");
                            c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
                        });
            }
            """);

        var registration = Assert.Single(registrations);
        Assert.Equal("reports", registration.Client.Name);
        Assert.Equal(["X-Tenant", "Authorization"], registration.Headers.Names.ToArray());
    }

    [Fact]
    public void Refit_headers_come_from_headers_lines_header_and_authorize_parameters_and_a_header_collection_may_set_any()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Shop;

            [Refit.Headers("User-Agent: shop")]
            public interface IReportsApi
            {
                [Refit.Headers("X-Tenant: north", "Accept: application/json")]
                [Refit.Get("/reports")]
                Task<string> Monthly([Refit.Header("X-Region")] string region, [Refit.Authorize("Token")] string key);

                [Refit.Get("/reports")] Task<string> Any([Refit.HeaderCollection] IDictionary<string, string> headers);
            }
            """;

        var monthly = RefitCall(source, "IReportsApi", "Monthly");
        Assert.Equal(["X-Tenant", "Accept", "User-Agent", "X-Region", "Authorization"], monthly.Headers.Names.ToArray());
        Assert.Equal("north", monthly.Headers.Headers[0].LiteralValue);
        Assert.Equal("region", monthly.Headers.Headers[3].Parameter!.Name);
        Assert.Equal("Token {key}", monthly.Headers.Headers[4].LiteralValue);
        Assert.True(RefitCall(source, "IReportsApi", "Any").Headers.MaySetAny);
    }
}
