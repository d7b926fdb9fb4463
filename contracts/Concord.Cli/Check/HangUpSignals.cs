using System.Runtime.InteropServices;

namespace Concord.Cli.Check;

/// <summary>
/// SIGHUP (the terminal was closed) and SIGQUIT (Ctrl-\) end a check the way Ctrl-C does: the run is cancelled,
/// the services it started are stopped, and only then does concord exit. Left to their default action they
/// would end concord at once and leave the services running, adopted by PID 1. (SIGINT and SIGTERM are already
/// turned into cancellation by the command line library.)
/// </summary>
internal sealed class HangUpSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    private HangUpSignals(CancellationTokenSource run)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var signal in new[] { PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // Keep the process alive: the cancelled run stops its services and returns on its own.
                context.Cancel = true;
                run.Cancel();
            }));
        }
    }

    /// <summary>Cancels <paramref name="run"/> on SIGHUP or SIGQUIT until disposed.</summary>
    public static HangUpSignals Cancel(CancellationTokenSource run) => new(run);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
