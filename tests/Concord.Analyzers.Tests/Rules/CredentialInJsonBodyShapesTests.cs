using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInJsonBodyAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD001 on bodies built out of the call: by hand in a string, by a helper, entry by entry, through a generic wrapper.</summary>
public sealed class CredentialInJsonBodyShapesTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task Json_written_by_hand_in_an_interpolated_string_fires()
    {
        var source = Usings + """
            class LegacyClient
            {
                Task<HttpResponseMessage> Ping(HttpClient http, string apiKey) =>
                    http.PostAsync("legacy/ping", new StringContent({|#0:$"{{\"api_key\":\"{apiKey}\",\"ping\":true}}"|}, Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'legacy/ping'"));
    }

    [Fact]
    public Task Hand_built_text_that_is_not_a_json_object_or_names_no_credential_does_not_fire()
    {
        var source = Usings + """
            class Forms
            {
                Task<HttpResponseMessage> Send(HttpClient http, string apiKey, string name) =>
                    http.PostAsync("forms", new StringContent($"api_key={apiKey}", Encoding.UTF8, "text/plain"));

                Task<HttpResponseMessage> Rename(HttpClient http, string name) =>
                    http.PostAsync("rename", new StringContent($"{{\"name\":\"{name}\"}}", Encoding.UTF8, "application/json"));
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_body_returned_by_a_helper_fires_at_the_call()
    {
        var source = Usings + """
            class ModelClient
            {
                Task<HttpResponseMessage> Register(HttpClient http, string apiKey, string model) => http.PostAsJsonAsync("models/publish", {|#0:Body(apiKey, model)|});

                static object Body(string key, string model) => new { api_key = key, model };
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'models/publish'"));
    }

    [Fact]
    public Task Json_object_entries_set_after_it_was_made_fire()
    {
        var source = Usings + """
            class DeviceClient
            {
                Task<HttpResponseMessage> Pair(HttpClient http, string apiKey)
                {
                    var body = new JsonObject();
                    body["device"] = Environment.MachineName;
                    body["api_key"] = apiKey;
                    return http.PostAsJsonAsync("devices/pair", {|#0:body|});
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'devices/pair'"));
    }

    [Fact]
    public Task A_generic_wrapper_call_fires_where_the_body_is_built()
    {
        var source = Usings + """
            class ApiClient(HttpClient http)
            {
                Task<HttpResponseMessage> Post<T>(string path, T body) => http.PostAsJsonAsync(path, body);

                Task<HttpResponseMessage> Validate(string apiKey) => Post("keys/validate", new { {|#0:api_key = apiKey|} });

                Task<HttpResponseMessage> Rename(string name) => Post("items/rename", new { name });
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'api_key'", "POST to 'keys/validate'"));
    }

    [Fact]
    public Task A_refit_body_parameter_is_read_through_the_call_model_and_its_credential_members_fire()
    {
        var source = """
            using System.Threading.Tasks;

            namespace Gateway
            {
                public sealed class AuthRequest
                {
                    public string? ApiKey { get; set; }

                    public string? ServiceId { get; set; }
                }

                public sealed class Lookup { public string? ServiceId { get; set; } }

                public interface IAuthApi
                {
                    [Refit.Post("/api/v1/keys/validate")] Task<string> Validate([Refit.Body] AuthRequest {|#0:request|});

                    [Refit.Post("/api/v1/services")] Task<string> Find([Refit.Body] Lookup lookup);
                }
            }

            namespace Refit
            {
                using System;

                [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute(string path) : Attribute { }
                [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD001").WithLocation(0).WithArguments("API key 'ApiKey'", "POST to '/api/v1/keys/validate'"));
    }
}
