using System.Reflection;
using System.Text.Json;

namespace Concord.Core.Tests.Tools;

/// <summary>
/// The SARIF SDK's validator (<c>sarif-multitool validate</c>), installed from npm by this project's
/// build. Its npm package ships a self-contained binary per OS; we run that binary directly.
/// </summary>
internal static class SarifValidator
{
    public sealed record Issue(string RuleId, string Level, string Text);

    /// <summary>
    /// Validates <paramref name="sarifFile"/> with the SARIF specification's rules and GitHub code
    /// scanning's (<c>--rule-kind "Sarif;Gh"</c>: what code scanning needs to accept an upload);
    /// returns every issue the validator reports, notes included.
    /// </summary>
    public static async Task<IReadOnlyList<Issue>> ValidateAsync(string sarifFile, TemporaryFolder scratch)
    {
        var log = scratch.File($"validation-{Path.GetFileNameWithoutExtension(sarifFile)}.sarif");
        var result = await ExternalProcess.RunAsync(
            await ExecutableAsync(),
            ["validate", sarifFile, "--output", log, "--level", "Error;Warning;Note", "--kind", "Fail", "--rule-kind", "Sarif;Gh"]);
        Assert.True(File.Exists(log), $"The validator wrote no log (exit {result.ExitCode}): {result.StandardOutput}{result.StandardError}");

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(log));
        var run = document.RootElement.GetProperty("runs")[0];
        var issues = new List<Issue>();
        foreach (var issue in run.GetProperty("results").EnumerateArray())
        {
            var ruleId = issue.GetProperty("ruleId").GetString()!;
            var level = issue.TryGetProperty("level", out var explicitLevel) ? explicitLevel.GetString()! : "warning";
            issues.Add(new Issue(ruleId, level, Describe(issue)));
        }

        foreach (var notification in run.GetProperty("invocations")[0].EnumerateObject()
                     .Where(property => property.Name is "toolExecutionNotifications" or "toolConfigurationNotifications")
                     .SelectMany(property => property.Value.EnumerateArray()))
        {
            issues.Add(new Issue("notification", notification.TryGetProperty("level", out var level) ? level.GetString()! : "warning", notification.GetRawText()));
        }

        return issues;
    }

    private static string Describe(JsonElement issue)
    {
        var message = issue.GetProperty("message");
        var arguments = message.TryGetProperty("arguments", out var args) ? string.Join(" | ", args.EnumerateArray().Select(a => a.GetString())) : string.Empty;
        return $"{message.GetProperty("id").GetString()}: {arguments}";
    }

    private static async Task<string> ExecutableAsync()
    {
        var directory = typeof(SarifValidator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "SarifToolDirectory").Value!;
        var resolve = await ExternalProcess.RunAsync("node", ["-p", "require('@microsoft/sarif-multitool')"], directory);
        var executable = resolve.StandardOutput.Trim();
        Assert.True(resolve.ExitCode == 0 && File.Exists(executable),
            $"sarif-multitool is not installed in {directory} (the test project's build installs it with npm): {resolve.StandardError}");

        // Installed with --ignore-scripts, so the package's own chmod did not run.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute);
        }

        return executable;
    }
}
