using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A link opened in a browser (window.open through JS interop, Blazor's NavigateTo, Process.Start, the app's own
/// OpenWindow helper) or returned as an endpoint's answer is for a person to open: no request header could carry what
/// it holds, so CORD003 stays quiet; the same URL requested by the code still fires.
/// </summary>
public sealed class CredentialInQueryStringOpenedLinkTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    // Modelled on a remote-support server: it opens its viewer in a new tab with the session's access key in the link.
    [Fact]
    public Task A_link_opened_in_a_browser_is_quiet()
    {
        var source = """
            using System.Diagnostics;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Components;
            using Microsoft.JSInterop;

            public interface IBrowserWindows
            {
                void OpenWindow(string url, string target);
                Task OpenInBrowserAsync(string url);
            }

            public class SessionCard(IJSRuntime js, NavigationManager navigation, IBrowserWindows windows)
            {
                public async Task Start(string sessionId, string accessKey, bool viewOnly)
                {
                    windows.OpenWindow($"/viewer?session={sessionId}" + $"&accessKey={accessKey}" + $"&viewonly={viewOnly}", "_blank");
                    await windows.OpenInBrowserAsync($"/viewer?session={sessionId}&access_token={accessKey}");
                    await js.InvokeVoidAsync("open", $"/viewer?session={sessionId}&key={accessKey}", "_blank");
                    navigation.NavigateTo($"/viewer?session={sessionId}&token={accessKey}");
                    Process.Start(new ProcessStartInfo($"https://support.example/viewer?api_key={accessKey}") { UseShellExecute = true });
                }
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_link_an_endpoint_answers_with_is_quiet()
    {
        var source = """
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            public class RemoteControlController : ControllerBase
            {
                [HttpGet("{deviceId}")]
                public IActionResult Start(string deviceId, string accessKey, string otp) =>
                    Ok($"{Request.Scheme}://{Request.Host}/viewer?device={deviceId}&accessKey={accessKey}&otp={otp}");
            }

            public static class Links
            {
                public static IResult Viewer(string host, string accessKey) => Results.Ok($"https://{host}/viewer?accessKey={accessKey}");
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task The_same_link_requested_by_the_code_or_given_to_a_helper_that_fetches_fires()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.JSInterop;

            public interface IPages
            {
                Task<string> OpenPageAsync(string url);
            }

            public class SessionCheck(HttpClient http, IPages pages, IJSRuntime js)
            {
                public async Task<string> Check(string sessionId, string accessKey)
                {
                    await js.InvokeVoidAsync("fetchViewer", {|#2:$"/viewer?session={sessionId}&key={accessKey}"|});
                    await pages.OpenPageAsync({|#1:$"/viewer?session={sessionId}&access_token={accessKey}"|});
                    return await http.GetStringAsync({|#0:$"/viewer?session={sessionId}&accessKey={accessKey}"|});
                }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Secret 'accessKey'", "accessKey", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("Secret 'accessKey'", "access_token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(2).WithArguments("Secret 'accessKey'", "key", "", ToAHeader));
    }
}
