using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD003 on providers that read the key from the query only (found on real code: a chat bot's search modules, an
/// anime library server, media managers): the key cannot move, so the rule is quiet; the same shape elsewhere fires.
/// </summary>
public sealed class CredentialInQueryStringQueryOnlyProviderTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    [Fact]
    public Task Query_only_providers_known_by_host_or_by_the_types_named_for_them_are_quiet()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Bot.Searches
            {
                class Lookups(HttpClient http)
                {
                    Task<string> User(string osuApiKey, string name) => http.GetStringAsync($"https://osu.ppy.sh/api/get_user?k={osuApiKey}&u={name}");
                    Task<string> Zone(string timezoneDbApiKey) => http.GetStringAsync("http://api.timezonedb.com/v2.1/get-time-zone?key=" + timezoneDbApiKey + "&format=json");
                    Task<string> Reply(string apiKey, string input) => http.GetStringAsync($"https://www.cleverbot.com/getreply?key={apiKey}&input={input}");
                    Task<string> Translate(string text, string apiKey) => http.GetStringAsync($"https://api.mymemory.translated.net/get?q={text}&langpair=en|it&key={apiKey}");
                }
            }

            namespace Library.Providers.AniDB.Http
            {
                class RequestVotes(HttpClient http)
                {
                    public string Username { get; set; } = "";
                    public string Password { get; set; } = "";
                    Task<string> Votes() => http.GetStringAsync($"httpapi?client=plugin&request=votes&user={Username}&pass={Password}");
                }
            }

            namespace Media.Download.Clients.UTorrent
            {
                class UTorrentProxy(HttpClient http)
                {
                    Task<string> List(string url, string authToken) => http.GetStringAsync($"{url}/gui/?list=1&token={authToken}");
                }
            }

            namespace Media.Download.Clients.Sabnzbd
            {
                class SabnzbdProxy(HttpClient http)
                {
                    Task<string> Queue(string url, string apiKey, string password) => http.GetStringAsync($"{url}/api?mode=queue&apikey={apiKey}&ma_password={password}");
                }
            }

            namespace Media.Download.Clients.DownloadStation
            {
                class DiskStationProxy(HttpClient http)
                {
                    Task<string> Login(string url, string account, string password) => http.GetStringAsync($"{url}/webapi/auth.cgi?api=SYNO.API.Auth&account={account}&passwd={password}");
                }
            }

            namespace Media.Notifications
            {
                class PushProxy(HttpClient http)
                {
                    private const string Url = "https://joinjoaomgcd.appspot.com/_ah/api/messaging/v1/sendPush?";
                    Task<string> Push(string apiKey, string text) => http.GetStringAsync(Url + "apikey=" + apiKey + "&text=" + text);
                }
            }

            namespace Media.Notifications.Kavita
            {
                class KavitaServiceProxy(HttpClient http)
                {
                    Task<HttpResponseMessage> SignIn(string url, string apiKey) => http.PostAsync($"{url}/api/plugin/authenticate?apiKey={apiKey}&pluginName=media", null);
                }
            }

            namespace Media.ImportLists.HeadphonesImport
            {
                class HeadphonesImportRequests(HttpClient http)
                {
                    Task<string> Index(string baseUrl, string apiKey) => http.GetStringAsync(string.Format("{0}/api?cmd=getIndex&apikey={1}", baseUrl, apiKey));
                }
            }

            namespace Media.Plugin.Xtream.Client
            {
                class PanelClient(HttpClient http)
                {
                    Task<string> Account(string baseUrl, string userName, string password) => http.GetStringAsync($"{baseUrl}/player_api.php?username={userName}&password={password}");
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_parameters_sent_to_a_provider_that_is_none_of_them_fire()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Media.ImportLists.Other
            {
                class OtherImportRequests(HttpClient http)
                {
                    Task<string> List(string url, string authToken) => http.GetStringAsync({|#2:$"{url}/gui/?list=1&token={authToken}"|});
                    Task<string> Index(string baseUrl, string apiKey) => http.GetStringAsync({|#0:string.Format("{0}/api?cmd=getIndex&apikey={1}", baseUrl, apiKey)|});
                    Task<string> Lookup(string apiKey) => http.GetStringAsync({|#1:$"https://api.example.com/get_user?k={apiKey}"|});
                }

                class OtherPanelClient(HttpClient http)
                {
                    Task<string> Account(string baseUrl, string userName, string password) => http.GetStringAsync({|#4:$"{baseUrl}/player_api.php?username={userName}&password={password}"|});
                }

                class OtherServiceProxy(HttpClient http)
                {
                    Task<HttpResponseMessage> SignIn(string url, string apiKey) => http.PostAsync({|#3:$"{url}/api/plugin/authenticate?apiKey={apiKey}&pluginName=media"|}, null);
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "apikey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("API key 'apiKey'", "k", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Token 'authToken'", "token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(3).WithArguments("API key 'apiKey'", "apiKey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(4).WithArguments("Password 'password'", "password", "", ToAHeader));
    }

    [Fact]
    public Task A_provider_each_user_runs_is_known_by_name_whatever_address_the_code_writes()
    {
        // Headphones has no host of its own: a default address written beside the call (the user's own machine) does
        // not say the code speaks to some other provider.
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Media.ImportLists.HeadphonesImport
            {
                class HeadphonesImportRequests(HttpClient http)
                {
                    Task<string> Index(string apiKey) => http.GetStringAsync("http://localhost:8181/api?cmd=getIndex&apikey=" + apiKey);
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }
}
