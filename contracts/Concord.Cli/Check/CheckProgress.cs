using System.Diagnostics;

namespace Concord.Cli.Check;

/// <summary>
/// Progress on standard error: one line per step, with the time since the run began, and a line every
/// ten seconds while a long step (a build, a service start) is still going, so no minute is silent.
/// </summary>
internal sealed class CheckProgress(TextWriter error)
{
    private static readonly TimeSpan s_heartbeat = TimeSpan.FromSeconds(10);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Say(string what)
    {
        lock (_gate)
        {
            error.WriteLine($"concord check [{_clock.Elapsed.TotalSeconds,5:0.0}s] {what}");
        }
    }

    /// <summary>Says <paramref name="what"/> now, then "still …" every ten seconds until the returned scope ends.</summary>
    public IDisposable Step(string what)
    {
        Say(what);
        var started = _clock.Elapsed;
        return new Timer(_ => Say($"still {what} ({(_clock.Elapsed - started).TotalSeconds:0} s)"), null, s_heartbeat, s_heartbeat);
    }
}
