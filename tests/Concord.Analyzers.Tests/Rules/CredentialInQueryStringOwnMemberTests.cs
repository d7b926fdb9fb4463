using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A URL stored in a property or field of the compilation's own type is sent only if a send of the compilation reads
/// that member, wherever the object goes: a view model shown to the user, an item of a list serialized as the
/// response. A member of a library's type handed to a call may be read by that library, and still fires.
/// </summary>
public sealed class CredentialInQueryStringOwnMemberTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;

        """;

    // Modelled on a payment server's page of its services: the link (with the service's access key) is shown to the
    // administrator, who opens it.
    [Fact]
    public Task A_url_in_a_view_model_handed_to_a_call_is_quiet()
    {
        var source = Usings + """
            public class ServiceView
            {
                public string Name { get; set; } = "";
                public string? ServiceLink { get; set; }
            }

            public class ServicesPage(HttpClient http)
            {
                public string Show(string server, string accessKey, bool configurator)
                {
                    if (configurator)
                    {
                        return Render(new ServiceView { Name = "Configurator", ServiceLink = $"{server}?password={accessKey}" });
                    }

                    var view = new ServiceView();
                    view.Name = "Wallet";
                    view.ServiceLink = $"{server}?access-key={accessKey}";
                    var shown = new List<ServiceView> { view };
                    return JsonSerializer.Serialize(shown);
                }

                public Task<string> Ping() => http.GetStringAsync("https://services.example/ping");

                private static string Render(ServiceView view) => JsonSerializer.Serialize(view);
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_request_object_of_the_compilation_that_its_sender_reads_fires()
    {
        var source = Usings + """
            public class Call
            {
                public string? Address { get; set; }
            }

            public class Sender(HttpClient http)
            {
                public Task<HttpResponseMessage> Send(Call call) => http.SendAsync(new HttpRequestMessage(HttpMethod.Get, call.Address));
            }

            public class StatusBoard(Sender sender)
            {
                public Task<HttpResponseMessage> Status(string apiKey)
                {
                    var call = new Call { Address = {|#0:"https://board.example/status?api_key=" + apiKey|} };
                    return sender.Send(call);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }

    [Fact]
    public Task A_url_in_a_library_object_handed_to_a_library_call_fires()
    {
        var source = Usings + """
            public static class Browser
            {
                public static void Open(string baseUrl, string token)
                {
                    var start = new ProcessStartInfo { FileName = {|#0:baseUrl + "/login?token=" + token|}, UseShellExecute = true };
                    Process.Start(start);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader));
    }
}
