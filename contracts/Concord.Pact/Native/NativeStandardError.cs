using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>
/// Silences the process's native standard error around one call. <c>pactffi_init</c> prints
/// "Failed to initialise global tracing subscriber" when a log sink is already installed,
/// which is exactly the order the core requires (log setup, then init); the line is noise in
/// every test run, so it goes to /dev/null. Windows has no such line to hide.
/// </summary>
internal static partial class NativeStandardError
{
    private const int StandardError = 2;
    private const int WriteOnly = 1;

    internal static void Silence(Action call)
    {
        if (OperatingSystem.IsWindows())
        {
            call();
            return;
        }

        var saved = Dup(StandardError);
        var sink = Open("/dev/null", WriteOnly);
        if (saved < 0 || sink < 0)
        {
            call();
            return;
        }

        _ = Dup2(sink, StandardError);
        try
        {
            call();
        }
        finally
        {
            _ = Dup2(saved, StandardError);
            _ = Close(saved);
            _ = Close(sink);
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
