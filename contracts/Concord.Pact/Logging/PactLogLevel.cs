namespace Concord.Pact.Logging;

/// <summary>The lowest level of the core's log lines passed to a log sink. The core records Info and above.</summary>
public enum PactLogLevel
{
    /// <summary>Everything the core records: each request, response and state change.</summary>
    Info = 0,

    /// <summary>Warnings and errors.</summary>
    Warn = 1,

    /// <summary>Errors only.</summary>
    Error = 2,
}
