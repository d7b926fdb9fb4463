namespace Concord.Cli.Check.Build;

/// <summary>
/// One build of a system at a time. Two checks of one system building at once write the same compiler logs
/// under obj/ (their paths must stay fixed across runs, or an up-to-date project would have to be compiled
/// again on every check to get a log) and the same build descriptions; the second check waits for the first
/// to finish building and reading them. Services are not covered: each run starts its own on free ports.
/// The lock is the operating system's on an open file, so a crashed run never leaves it held.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan s_retry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The error code of the IOException thrown when another process holds the file: ERROR_SHARING_VIOLATION on
    /// Windows; on Unix the errno of the refused flock, EWOULDBLOCK (11 on Linux, 35 on macOS).
    /// </summary>
    private static readonly int[] s_heldElsewhere = [unchecked((int)0x80070020), OperatingSystem.IsMacOS() ? 35 : 11];
    private readonly FileStream _held;

    private BuildLock(FileStream held) => _held = held;

    public static async Task<BuildLock> AcquireAsync(string cacheFolder, CheckProgress progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = Path.Combine(cacheFolder, "build.lock");
        var said = false;
        while (true)
        {
            try
            {
                return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (s_heldElsewhere.Contains(e.HResult))
            {
                if (!said)
                {
                    progress.Say($"waiting for another concord check of this system to finish building ({path})");
                    said = true;
                }

                await Task.Delay(s_retry, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _held.Dispose();
}
