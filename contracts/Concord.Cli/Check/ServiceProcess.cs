using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Concord.Core.Secrets;

namespace Concord.Cli.Check;

/// <summary>
/// A service started from its built assembly on 127.0.0.1 at a free port. Disposing kills its whole
/// process tree; so does the end of this process, whatever ends it (a failure or Ctrl-C).
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> s_running = new();
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    static ServiceProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in s_running.Values)
        {
            Kill(process);
        }
    };

    private readonly IEnumerable<string> _secrets;

    /// <summary>How long one readiness request may take before it counts as no answer.</summary>
    public static TimeSpan AttemptTimeout { get; } = TimeSpan.FromSeconds(5);

    private ServiceProcess(string name, Process process, Uri baseUri, IEnumerable<string> secrets)
    {
        Name = name;
        _secrets = secrets;
        _process = process;
        BaseUri = baseUri;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri BaseUri { get; }

    /// <summary>A free loopback port: the system picks it, and it is released for the service to take.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static ServiceProcess Start(string name, string assembly, Uri baseUri, IReadOnlyDictionary<string, string> environment, IEnumerable<string> secrets) =>
        Start(name, "dotnet", [assembly], Path.GetDirectoryName(assembly)!, baseUri, environment, secrets);

    /// <summary>Starts any command as a service listening at <paramref name="baseUri"/> (the overload above runs a built assembly).</summary>
    internal static ServiceProcess Start(
        string name, string command, IReadOnlyList<string> arguments, string workingDirectory, Uri baseUri, IReadOnlyDictionary<string, string> environment, IEnumerable<string> secrets)
    {
        var start = OrphanGuard.StartInfo(command, arguments);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        // The address check chose wins over any the environment names: it is where every lens looks.
        start.Environment["ASPNETCORE_URLS"] = baseUri.ToString().TrimEnd('/');

        var process = Process.Start(start) ?? throw new CheckFailedException($"could not start {name} ({command} {string.Join(' ', arguments)})");
        s_running[process.Id] = process;
        return new ServiceProcess(name, process, baseUri, secrets);
    }

    /// <summary>
    /// Waits until <paramref name="healthPath"/> answers 2xx or, with no health path, until the service listens: it
    /// answers HTTP at all (a stock template maps no health endpoint, and its root answers 404 once Kestrel listens),
    /// or it accepts the request and is still working on it after one attempt's time (a server-rendered home page
    /// waiting on a database check cannot start is slow, yet every other route already answers). Fails with the
    /// service's last output when it exits or never listens in time.
    /// </summary>
    public async Task<Readiness> WaitUntilReadyAsync(HttpClient http, string? healthPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var url = new Uri(BaseUri, (healthPath ?? "/").TrimStart('/'));
        string? lastAnswer = null; // what the attempts saw; none yet
        while (timeout - deadline.Elapsed is { Ticks: > 0 } remaining)
        {
            if (_process.HasExited)
            {
                await UntilOutputReadAsync().ConfigureAwait(false);
                throw new CheckFailedException($"{Name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{RecentOutput()}");
            }

            // Each attempt has its own bound: a health endpoint that accepts the connection and never answers must
            // end as "did not answer", not run into the client's timeout and read as if the user had cancelled.
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var cutByDeadline = remaining < AttemptTimeout;
            attempt.CancelAfter(cutByDeadline ? remaining : AttemptTimeout);
            try
            {
                using var response = await http.GetAsync(url, attempt.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode || healthPath is null)
                {
                    return healthPath is null ? Readiness.Answered : Readiness.Healthy;
                }

                lastAnswer = $"its last answer was {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
                lastAnswer ??= "it never accepted a connection";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && healthPath is null && remaining > AttemptTimeout)
            {
                // On loopback a refused connection fails at once, so a whole attempt's wait means Kestrel took the
                // request: the service listens.
                return Readiness.ListeningButSlow;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && !cutByDeadline)
            {
                lastAnswer = $"it accepted the connection but sent no answer within {AttemptTimeout.TotalSeconds:0} s";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The deadline cut this attempt short, perhaps before a busy machine even finished connecting: it
                // shows neither a taken connection nor a refused one, so what the earlier attempts saw stands.
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new CheckFailedException(
            $"{Name} did not answer GET {url}{(healthPath is null ? "" : " with 2xx")} within {timeout.TotalSeconds:0} s ({lastAnswer ?? "no attempt finished in that time"}):{Environment.NewLine}{RecentOutput()}");
    }

    /// <summary>
    /// The exit is seen before the last lines the service wrote are delivered: wait (briefly, as a child it left
    /// behind may hold the pipe open) until both streams end, so the failure message shows why it stopped.
    /// </summary>
    private async Task UntilOutputReadAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Show what arrived.
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill(_process);
        s_running.TryRemove(_process.Id, out _);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The service's last lines, for a failure message: live-looking keys and the run's own secrets redacted.</summary>
    private string RecentOutput() => _secrets.Aggregate(
        SecretRedactor.Redact(string.Join(Environment.NewLine, _log.TakeLast(15))),
        (text, secret) => text.Replace(secret, "[REDACTED]", StringComparison.Ordinal));

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 50 && _log.TryDequeue(out _))
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
