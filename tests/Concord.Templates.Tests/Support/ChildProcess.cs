using System.Diagnostics;

namespace Concord.Templates.Tests.Support;

/// <summary>What a finished child process printed and how it exited.</summary>
public sealed record ProcessResult(int Exit, string Output)
{
    public override string ToString() => $"exit {Exit}\n{Output}";
}

/// <summary>Runs <c>dotnet</c> the way a user's shell would: a clean environment, not the test host's MSBuild one.</summary>
public static class ChildProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task<ProcessResult> DotnetAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // NUGET_PACKAGES would win over the packages folder the test's NuGet.Config names, and fill the user's with test packages.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k is "DOTNET_HOST_PATH" or "NUGET_PACKAGES").ToList())
        {
            start.Environment.Remove(name);
        }

        // Leave no MSBuild node behind; the output goes to the test's failure message, so no logo or colours.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {Timeout.TotalMinutes} minutes:\n{await stdout}{await stderr}");
        }

        return new ProcessResult(process.ExitCode, await stdout + await stderr);
    }
}
