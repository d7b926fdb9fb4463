using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Concord.Cli.Check;

namespace Concord.Cli.Tests.Check;

/// <summary>How check waits for a started service, with real processes and a real loopback listener.</summary>
public sealed class ServiceProcessTests
{
    private static readonly Dictionary<string, string> s_noEnvironment = [];

    [Fact]
    public async Task A_health_endpoint_that_accepts_and_never_answers_is_named_not_reported_as_cancelled()
    {
        // Accepts every connection and never writes a byte back.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await listener.AcceptSocketAsync());
            }
        });
        var baseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        await using var service = ServiceProcess.Start("Hanging", "sleep", ["60"], Path.GetTempPath(), baseUri, s_noEnvironment, []);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };

        var failure = await Assert.ThrowsAsync<CheckFailedException>(
            () => service.WaitUntilReadyAsync(http, "/health", TimeSpan.FromSeconds(6), CancellationToken.None));

        Assert.Contains($"Hanging did not answer GET {baseUri}health with 2xx within 6 s", failure.Message, StringComparison.Ordinal);
        Assert.Contains("accepted the connection but sent no answer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_health_path_a_service_that_takes_the_request_and_works_on_it_listens()
    {
        // A server-rendered home page waiting on a database the check cannot start: the connection is taken and
        // no answer comes, while the service's other routes already answer.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await listener.AcceptSocketAsync());
            }
        });
        var baseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        await using var service = ServiceProcess.Start("SlowHome", "sleep", ["60"], Path.GetTempPath(), baseUri, s_noEnvironment, []);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };

        var readiness = await service.WaitUntilReadyAsync(http, null, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(Readiness.ListeningButSlow, readiness);
    }

    [Fact]
    public async Task Without_a_health_path_a_port_nobody_listens_on_is_not_ready()
    {
        var baseUri = new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/");
        await using var service = ServiceProcess.Start("Silent", "sleep", ["60"], Path.GetTempPath(), baseUri, s_noEnvironment, []);
        using var http = new HttpClient();

        var failure = await Assert.ThrowsAsync<CheckFailedException>(
            () => service.WaitUntilReadyAsync(http, null, TimeSpan.FromSeconds(3), CancellationToken.None));

        Assert.Contains("it never accepted a connection", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_the_deadline_cuts_short_is_read_as_nothing_seen()
    {
        // A machine so busy that connecting to a port nobody listens on has not failed yet when time runs out:
        // nothing was seen, and the message claims nothing either way.
        var baseUri = new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/");
        await using var service = ServiceProcess.Start("Silent", "sleep", ["60"], Path.GetTempPath(), baseUri, s_noEnvironment, []);
        using var slowConnect = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new UnreachableException();
            },
        };
        using var http = new HttpClient(slowConnect);

        var failure = await Assert.ThrowsAsync<CheckFailedException>(
            () => service.WaitUntilReadyAsync(http, "/health", TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Contains("(no attempt finished in that time)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("accepted", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_that_exits_is_reported_with_its_exit_code_and_last_output()
    {
        var baseUri = new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/");
        await using var service = ServiceProcess.Start("Crashing", "sh", ["-c", "echo starting; echo missing setting >&2; exit 3"], Path.GetTempPath(), baseUri, s_noEnvironment, []);
        using var http = new HttpClient();

        var failure = await Assert.ThrowsAsync<CheckFailedException>(
            () => service.WaitUntilReadyAsync(http, null, TimeSpan.FromSeconds(60), CancellationToken.None));

        // Under the watchdog the pid check holds is the watchdog's: it must pass the service's own code on.
        Assert.Contains("Crashing exited with code 3 before it was ready", failure.Message, StringComparison.Ordinal);
        Assert.Contains("missing setting", failure.Message, StringComparison.Ordinal);
    }
}
