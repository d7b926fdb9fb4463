using Concord.Cli.Check;

namespace Concord.Cli.Tests.Check;

public sealed class RouteLiteralsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("concord-routes-");

    [Fact]
    public void Called_routes_are_the_path_literals_passed_to_http_calls()
    {
        var source = Path.Combine(_folder.FullName, "Client.cs");
        File.WriteAllText(source, """
            class Client
            {
                void Calls(System.Net.Http.HttpClient http)
                {
                    http.GetAsync("/api/models");
                    http.PostAsJsonAsync(
                        "/api/v1/keys/validate", new { });
                    new HttpRequestMessage(HttpMethod.Delete, "/models/{name}");
                    var notACall = "/not/a/call";
                }
            }
            """);

        var calls = RouteLiterals.In([source]);

        Assert.Equal(["GET /api/models", "POST /api/v1/keys/validate", "DELETE /models/{name}"], calls.Select(c => $"{c.Method} {c.Path}"));
        // The location is the literal's opening quote.
        Assert.Equal((7, 13), (calls[1].Where.Line, calls[1].Where.Column));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
