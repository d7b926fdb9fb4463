using System.Text.RegularExpressions;

namespace Concord.Core.Tests.Tools;

/// <summary>
/// Real headless Chromium (the Debian <c>chromium</c> package, installed by <c>.ci/run</c>), run
/// with everything that would reach the network turned off. Console messages reach stderr through
/// Chromium's logging, where a page's errors, CSP violations included, can be read back.
/// </summary>
internal static partial class HeadlessChromium
{
    public sealed record Page(string Dom, IReadOnlyList<string> ConsoleMessages);

    /// <summary>Loads <paramref name="url"/>, lets its scripts run, and returns the DOM as serialised then.</summary>
    public static async Task<Page> DumpDomAsync(string url, TemporaryFolder scratch) =>
        ParsePage(await RunAsync(scratch, "--dump-dom", url));

    /// <summary>Takes a screenshot of <paramref name="url"/> at the given window size.</summary>
    public static async Task ScreenshotAsync(string url, string pngFile, TemporaryFolder scratch, int width = 1400, int height = 900) =>
        await RunAsync(scratch, $"--screenshot={pngFile}", $"--window-size={width},{height}", url);

    private static async Task<ExternalProcess.Result> RunAsync(TemporaryFolder scratch, params string[] arguments)
    {
        var chromium = ExternalProcess.FindOnPath("chromium")
            ?? throw new InvalidOperationException("chromium is not on PATH; .ci/run installs the Debian package 'chromium'.");
        string[] flags =
        [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-quic",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-default-apps",
            "--no-first-run",
            "--no-default-browser-check",
            "--mute-audio",
            $"--user-data-dir={scratch.File("chromium-profile")}",
            "--enable-logging=stderr",
            "--v=0",
        ];
        var result = await ExternalProcess.RunAsync(chromium, [.. flags, .. arguments], timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"chromium exited with {result.ExitCode}: {result.StandardError}");
        return result;
    }

    private static Page ParsePage(ExternalProcess.Result result) =>
        new(result.StandardOutput, [.. ConsoleLine().Matches(result.StandardError).Select(match => match.Value)]);

    // e.g. [7364:7364:1123/121146.812780:INFO:CONSOLE:1] "Uncaught ReferenceError: …", source: file:///… (1)
    [GeneratedRegex(@"^\[[^\]]*:CONSOLE[^\]]*\].*$", RegexOptions.Multiline)]
    private static partial Regex ConsoleLine();
}
