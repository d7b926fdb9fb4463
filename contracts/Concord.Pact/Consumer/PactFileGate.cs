using System.Collections.Concurrent;

namespace Concord.Pact.Consumer;

/// <summary>
/// Serialises writes to one pact file. Test classes for the same consumer and provider run in
/// parallel and each merges its interactions into the same file; the core's merge is a
/// read-modify-write, so two at once would lose one side. Within a process a semaphore per file
/// orders them; across processes (test assemblies run side by side) a lock file does.
/// The first write of a process replaces the file, so it never keeps interactions from an
/// earlier run whose tests have since changed; later writes merge.
/// </summary>
internal static class PactFileGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> WrittenThisProcess = new(StringComparer.Ordinal);

    internal static async Task WriteAsync(string directory, string fileName, Action<bool> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        var gate = Gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var crossProcess = await AcquireLockFileAsync(LockPathFor(path), cancellationToken).ConfigureAwait(false);
            var overwrite = WrittenThisProcess.TryAdd(path, true);
            try
            {
                write(overwrite);
            }
            catch
            {
                if (overwrite)
                {
                    WrittenThisProcess.TryRemove(path, out _);
                }

                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A lock file outside the pact folder (that folder is often committed), named after the pact's full path.</summary>
    private static string LockPathFor(string pactPath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "concord-pact-locks");
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pactPath)))[..16];
        return Path.Combine(folder, hash + ".lock");
    }

    private static async Task<FileStream> AcquireLockFileAsync(string lockPath, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
