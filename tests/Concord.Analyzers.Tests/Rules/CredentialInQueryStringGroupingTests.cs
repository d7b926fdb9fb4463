using Microsoft.CodeAnalysis.Testing;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 reports one warning per credential and query parameter within a type: the first place it is sent, with
/// the others as additional locations and counted in the message. One key sent from many calls is one fix.
/// </summary>
public sealed class CredentialInQueryStringGroupingTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System.Net.Http;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task One_key_sent_from_three_calls_is_one_warning_at_the_first_naming_the_other_two()
    {
        var source = Usings + """
            class WeatherClient
            {
                private readonly HttpClient _http = new();
                private readonly string _apiKey = System.Environment.GetEnvironmentVariable("WEATHER_KEY")!;

                public Task<string> Now(string city) => _http.GetStringAsync({|#0:$"https://weather.example/now?city={city}&api_key={_apiKey}"|});
                public Task<string> Week(string city) => _http.GetStringAsync({|#1:$"https://weather.example/week?city={city}&api_key={_apiKey}"|});
                public Task<string> Alerts() => _http.GetStringAsync({|#2:"https://weather.example/alerts?api_key=" + _apiKey|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("API key '_apiKey'", "api_key", " (and 2 more in WeatherClient)", ToAHeader));
    }

    [Fact]
    public Task Different_parameters_and_different_credentials_stay_separate_warnings()
    {
        var source = Usings + """
            class MapsClient
            {
                public string Tiles(string apiKey) => {|#0:$"https://maps.example/tiles?api_key={apiKey}"|};
                public string Route(string apiKey) => {|#1:$"https://maps.example/route?key={apiKey}"|};
                public string Upload(string uploadToken) => {|#2:$"https://maps.example/upload?api_key={uploadToken}"|};

                public Task Fetch(HttpClient http, string key) =>
                    Task.WhenAll(http.GetStringAsync(Tiles(key)), http.GetStringAsync(Route(key)), http.GetStringAsync(Upload(key)));
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("API key 'apiKey'", "key", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Token 'uploadToken'", "api_key", "", ToAHeader));
    }

    [Fact]
    public Task The_same_key_in_two_types_is_one_warning_in_each_and_a_nested_type_counts_as_its_own()
    {
        var source = Usings + """
            class Feeds
            {
                public string Latest(string accessToken) => {|#0:$"https://feeds.example/latest?access_token={accessToken}"|};
                public string Oldest(string accessToken) => {|#1:$"https://feeds.example/oldest?access_token={accessToken}"|};

                public class Archive
                {
                    public string Year(string accessToken, int year) => {|#2:$"https://feeds.example/archive/{year}?access_token={accessToken}"|};
                }
            }

            class Search
            {
                public string Find(string accessToken, string q) => {|#3:$"https://feeds.example/search?q={q}&access_token={accessToken}"|};
            }

            class Reader(HttpClient http)
            {
                public Task ReadAll(Feeds feeds, Feeds.Archive archive, Search search, string token) => Task.WhenAll(
                    http.GetStringAsync(feeds.Latest(token)), http.GetStringAsync(feeds.Oldest(token)),
                    http.GetStringAsync(archive.Year(token, 2020)), http.GetStringAsync(search.Find(token, "x")));
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1).WithArguments("Token 'accessToken'", "access_token", " (and 1 more in Feeds)", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(3).WithArguments("Token 'accessToken'", "access_token", "", ToAHeader));
    }

    [Fact]
    public Task A_partial_type_across_two_files_is_grouped_once_at_the_first_file()
    {
        var test = Verify.Create(Usings + """
            partial class Catalogue
            {
                public string Item(string apiKey, int id) => {|#0:$"https://shop.example/items/{id}?apikey={apiKey}"|};
            }
            """);
        test.TestState.Sources.Add(("/0/Test1.cs", """
            partial class Catalogue
            {
                public string Stock(string apiKey, int id) => {|#1:$"https://shop.example/stock/{id}?apikey={apiKey}"|};

                public System.Threading.Tasks.Task<string[]> Both(System.Net.Http.HttpClient http, string apiKey) =>
                    System.Threading.Tasks.Task.WhenAll(http.GetStringAsync(Item(apiKey, 1)), http.GetStringAsync(Stock(apiKey, 1)));
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD003").WithLocation(0).WithLocation(1)
            .WithArguments("API key 'apiKey'", "apikey", " (and 1 more in Catalogue)", ToAHeader));
        return test.RunAsync();
    }

    [Fact]
    public Task Top_level_statements_are_checked_too()
    {
        var source = """
            using System.Net.Http;

            var http = new HttpClient();
            var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");
            await http.GetStringAsync({|#0:$"https://status.example/v1?api_key={apiKey}"|});
            """;
        var test = Verify.Create(source);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
        return test.RunAsync();
    }
}
