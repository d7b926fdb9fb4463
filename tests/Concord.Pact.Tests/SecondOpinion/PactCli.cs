using System.Diagnostics;
using System.Reflection;

namespace Concord.Pact.Tests.SecondOpinion;

/// <summary>The Pact Foundation's standalone `pact verifier`, fetched by the build (build/PactCli.targets).</summary>
public static class PactCli
{
    public static string Executable { get; } = typeof(PactCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PactCliExecutable").Value!;

    public sealed record Run(int ExitCode, string Output);

    /// <summary>Runs `pact verifier` against a provider on loopback; bounded to a minute.</summary>
    public static async Task<Run> VerifyAsync(string pactFile, string provider, Uri providerUri, Uri stateUri)
    {
        Assert.True(File.Exists(Executable), $"The pact CLI is not at {Executable}; the build fetches it on linux-x64 (tests/Concord.Pact.Tests/build/PactCli.targets).");
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "verifier", "--file", pactFile, "--provider-name", provider,
            "--hostname", providerUri.Host, "--port", providerUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--state-change-url", stateUri.ToString(), "--state-change-teardown", "--no-colour",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Run(process.ExitCode, await output + await errors);
    }
}
