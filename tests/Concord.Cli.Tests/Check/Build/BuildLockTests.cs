using Concord.Cli.Check;
using Concord.Cli.Check.Build;

namespace Concord.Cli.Tests.Check.Build;

public sealed class BuildLockTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("concord-lock-").FullName;

    [Fact]
    public async Task A_second_build_of_the_same_system_waits_for_the_first_and_says_so()
    {
        var progress = new StringWriter();
        var first = await BuildLock.AcquireAsync(_cache, new CheckProgress(new StringWriter()), CancellationToken.None);

        var second = BuildLock.AcquireAsync(_cache, new CheckProgress(progress), CancellationToken.None);
        await Task.Delay(1000);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var acquired = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("waiting for another concord check of this system to finish building", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_the_lock_ends_when_the_run_is_cancelled()
    {
        using var first = await BuildLock.AcquireAsync(_cache, new CheckProgress(new StringWriter()), CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => BuildLock.AcquireAsync(_cache, new CheckProgress(new StringWriter()), cancellation.Token));
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
