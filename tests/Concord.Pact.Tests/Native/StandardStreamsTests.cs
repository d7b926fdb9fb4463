using Concord.Pact.Tests.Processes;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Native;

/// <summary>The verifier silences the core's own report on stdout; the host process's output must survive it.</summary>
public sealed class StandardStreamsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task A_process_whose_first_console_write_falls_during_verification_keeps_all_its_output()
    {
        using var child = ChildProcess.Start("console-during-verification", _folder.Path);
        child.Release();

        var (exitCode, output, errors) = await child.EndAsync(TimeSpan.FromSeconds(90));

        Assert.True(exitCode == 0, $"exit {exitCode}: {output} {errors}");
        Assert.Equal(
            ["first line, written by the provider during verification", "after verification: Passed"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => _folder.Dispose();
}
