using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Pact.Consumer;

/// <summary>
/// Writes one pact file safely when test classes (in one process) and test assemblies (in several)
/// write the same consumer and provider at once. Within a process a semaphore per file orders the
/// writes; across processes an OS lock on a lock file does. Under both, the core writes the pact to a
/// private folder, <see cref="PactFileMerge"/> merges it with the file on disk, and the result
/// replaces the file in one rename, so a reader never sees half a pact and no writer loses another's
/// interactions. Who wrote each interaction is kept beside the lock, to tell a live writer from a
/// finished one.
/// </summary>
internal static class PactFileGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs <paramref name="writeInto"/> (the core writing the pact into the folder it is given), then merges its file into <paramref name="directory"/>.</summary>
    internal static async Task WriteAsync(string directory, string fileName, Action<string> writeInto, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        var gate = Gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var scratch = Path.Combine(Path.GetTempPath(), "concord-pact-writes", Guid.NewGuid().ToString("N"));
        try
        {
            var lockPath = LockPathFor(path);
            using var crossProcess = await AcquireLockFileAsync(lockPath, cancellationToken).ConfigureAwait(false);
            Directory.CreateDirectory(scratch);
            writeInto(scratch);
            var fresh = Read(Path.Combine(scratch, fileName)) ?? throw new PactCoreException($"The core wrote no pact file {fileName}.");
            var existing = File.Exists(path) ? Read(path) : null;
            var writersPath = lockPath + ".writers.json";
            var writers = ReadWriters(writersPath);
            var merged = PactFileMerge.Merge(path, existing, fresh, writers);
            ReplaceAtomically(path, merged.ToJsonString(Indented));
            ReplaceAtomically(writersPath, new JsonObject(writers.Select(w => KeyValuePair.Create(w.Key, (JsonNode?)w.Value.ToJson()))).ToJsonString());
        }
        finally
        {
            gate.Release();
            TryDelete(scratch);
        }
    }

    private static JsonObject? Read(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new PactCoreException($"The pact file {path} is not a JSON object; delete it or fix it.");
        }
        catch (JsonException exception)
        {
            throw new PactCoreException($"The pact file {path} is not valid JSON ({exception.Message}); delete it or fix it.", exception);
        }
    }

    private static Dictionary<string, PactWriter> ReadWriters(string path)
    {
        var writers = new Dictionary<string, PactWriter>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject json)
            {
                foreach (var (key, value) in json)
                {
                    if (PactWriter.FromJson(value) is { } writer)
                    {
                        writers[key] = writer;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A damaged record only loses who wrote what: every interaction then counts as from a finished run.
        }

        return writers;
    }

    /// <summary>Writes beside the target, then renames over it: readers see the old file or the new one, never a torn one.</summary>
    private static void ReplaceAtomically(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Scratch space in the temp folder; the OS cleans what is left.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A lock file outside the pact folder (that folder is often committed), named after the pact's full path.</summary>
    private static string LockPathFor(string pactPath)
    {
        var folder = Path.Combine(Path.GetTempPath(), "concord-pact-locks");
        Directory.CreateDirectory(folder);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(pactPath)))[..16];
        return Path.Combine(folder, hash + ".lock");
    }

    /// <summary>An exclusive OS lock (flock on Unix, a share-none handle on Windows), held while the stream is open.</summary>
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
