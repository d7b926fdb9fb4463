using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>
/// Silences the process's native standard output or error while the core runs a call that
/// prints what Concord already captures: <c>pactffi_init</c> prints "Failed to initialise global
/// tracing subscriber" on stderr when a log sink is installed first (the order the core requires),
/// and <c>pactffi_verifier_execute</c> prints its whole report on stdout although
/// <c>pactffi_verifier_output</c> returns the same text. Overlapping calls share one redirection:
/// the first saves the real stream, the last restores it. Windows is left alone. The process's own
/// managed console writes are never lost: .NET's console writers are opened on the real streams first.
/// </summary>
internal static partial class NativeStandardStreams
{
    internal const int StandardOutput = 1;
    internal const int StandardError = 2;
    private const int WriteOnly = 1;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<int, (int Saved, int Users)> Redirected = [];

    internal static T Silence<T>(int stream, Func<T> call)
    {
        var silenced = Enter(stream);
        try
        {
            return call();
        }
        finally
        {
            if (silenced)
            {
                Leave(stream);
            }
        }
    }

    private static bool Enter(int stream)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        lock (Gate)
        {
            if (Redirected.TryGetValue(stream, out var state))
            {
                Redirected[stream] = (state.Saved, state.Users + 1);
                return true;
            }

            // .NET opens its console streams lazily by duplicating fd 1 and 2 on first use; a process whose
            // first console write fell inside the redirection would keep writing into /dev/null for good.
            // Opening them now, on the real streams, keeps every managed write (during the window too) where it belongs.
            OpenManagedConsole(stream);
            var saved = Dup(stream);
            var sink = Open("/dev/null", WriteOnly);
            if (saved < 0 || sink < 0 || Dup2(sink, stream) < 0)
            {
                return false;
            }

            _ = Close(sink);
            Redirected[stream] = (saved, 1);
            return true;
        }
    }

    private static void OpenManagedConsole(int stream)
    {
        var writer = stream == StandardOutput ? Console.Out : Console.Error;
        writer.Flush();
    }

    private static void Leave(int stream)
    {
        lock (Gate)
        {
            var (saved, users) = Redirected[stream];
            if (users > 1)
            {
                Redirected[stream] = (saved, users - 1);
                return;
            }

            _ = Dup2(saved, stream);
            _ = Close(saved);
            Redirected.Remove(stream);
        }
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int fd, int target);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
