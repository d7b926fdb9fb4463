using System.Diagnostics;

namespace Concord.Cli.Check;

/// <summary>
/// Starts a service so that it cannot outlive concord, however concord ends. Handlers cover Ctrl-C, SIGTERM,
/// SIGHUP and SIGQUIT, but nothing runs in a process killed with SIGKILL (or by the OOM killer), so on Unix the
/// service is started under a small <c>sh</c> watchdog, in a process group of its own (<c>setsid</c>):
/// <list type="bullet">
/// <item>the watchdog holds the read end of a pipe whose only writer is concord; the kernel closes it when
/// concord dies, for any reason, and on that end-of-file the watchdog sends SIGTERM to the whole group, then
/// SIGKILL five seconds later, so children the service started go too;</item>
/// <item>when the service exits by itself, the watchdog exits with its code, so a crash is still seen at once.</item>
/// </list>
/// Where <c>setsid</c> is missing (macOS, Windows) the service is started directly and only the handlers apply.
/// </summary>
internal static class OrphanGuard
{
    // $1.. is the service's command line. fd 3 keeps the pipe from concord: an asynchronous list in a
    // non-interactive shell gets /dev/null as its standard input unless one is given explicitly.
    private const string Watchdog = """
        exec 3<&0
        "$@" </dev/null 3<&- &
        service=$!
        (
          trap '' TERM INT HUP
          while read -r _; do :; done
          kill -TERM -$$ 2>/dev/null
          sleep 5
          kill -KILL -$$ 2>/dev/null
        ) <&3 &
        watchdog=$!
        wait "$service"
        status=$?
        kill -KILL "$watchdog" 2>/dev/null
        exit "$status"
        """;

    private static readonly string? s_setsid = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    /// <summary>Whether services started here are guarded against concord being killed outright.</summary>
    public static bool Available => !OperatingSystem.IsWindows() && s_setsid is not null && File.Exists("/bin/sh");

    /// <summary>How to start <paramref name="command"/> with <paramref name="arguments"/>: under the watchdog where it is available.</summary>
    public static ProcessStartInfo StartInfo(string command, IEnumerable<string> arguments)
    {
        if (!Available)
        {
            var direct = new ProcessStartInfo(command);
            foreach (var argument in arguments)
            {
                direct.ArgumentList.Add(argument);
            }

            return direct;
        }

        // --wait: setsid forks when the caller leads a process group, and the pid concord holds must stay the
        // watchdog's for its whole life.
        var guarded = new ProcessStartInfo(s_setsid!) { RedirectStandardInput = true };
        foreach (var argument in new[] { "--wait", "/bin/sh", "-c", Watchdog, "concord-service", command }.Concat(arguments))
        {
            guarded.ArgumentList.Add(argument);
        }

        return guarded;
    }
}
