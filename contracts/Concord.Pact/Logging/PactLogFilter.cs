namespace Concord.Pact.Logging;

/// <summary>Picks the core's log lines at or above a level (the core writes <c>&lt;time&gt;  INFO ThreadId(..) target: message</c>).</summary>
internal static class PactLogFilter
{
    internal static IEnumerable<string> Lines(string log, PactLogLevel minimum) =>
        log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => LevelOf(line) >= minimum);

    private static PactLogLevel LevelOf(string line)
    {
        var head = " " + (line.Length > 48 ? line[..48] : line);
        return head.Contains(" ERROR ", StringComparison.Ordinal) ? PactLogLevel.Error
            : head.Contains(" WARN ", StringComparison.Ordinal) ? PactLogLevel.Warn
            : PactLogLevel.Info;
    }
}
