using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Concord.Pact.AspNetCore.Logging;

/// <summary>
/// Sends the hosted app's log lines at or above a level to a sink (e.g. xunit's <c>ITestOutputHelper.WriteLine</c>)
/// and keeps them, so a failing provider-state handler's reason is never logged into nothing.
/// </summary>
internal sealed class SinkLoggerProvider(LogLevel minimum, Action<string>? sink) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly LogLevel _minimum = minimum;

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var line = $"{level}: {category}: {message}{(exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})")}";
        line = Concord.Pact.Secrets.LiveCredentialPatterns.Scrub(line);
        _lines.Enqueue(line);
        sink?.Invoke(line);
    }

    private sealed class SinkLogger(SinkLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= owner._minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
