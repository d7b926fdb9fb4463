namespace Concord.Pact.Native;

/// <summary>The core's log level filter, in its C order.</summary>
internal enum LogLevel
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}
