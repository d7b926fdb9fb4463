using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>
/// However <c>concord check</c> ends, the services it started end with it. Each test runs the real tool in a
/// process of its own on the stock solution, holds it while its services listen (one of them never reports
/// ready, so check keeps waiting), ends it from outside and then looks for any listener left.
/// </summary>
[Collection(StockSystemCollection.Name)]
public sealed partial class StockSystemStopTests(StockSolutionFixture system)
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Killing_concord_outright_leaves_no_service_listening()
    {
        using var check = await RunningCheck.StartAsync(system.Check.Folder);

        check.Process.Kill(entireProcessTree: false);

        Assert.Empty(await check.ListenersLeftAsync());
    }

    [Fact]
    public async Task A_hang_up_stops_the_services_and_exits_like_ctrl_c()
    {
        using var check = await RunningCheck.StartAsync(system.Check.Folder);

        Signal("HUP", check.Process.Id);

        Assert.True(check.Process.WaitForExit(s_patience), "concord did not exit after SIGHUP");

        // The timed wait returns at the exit; this one also waits until the last lines of standard error are read.
        check.Process.WaitForExit();
        Assert.Equal(ExitCodes.CouldNotDecide, check.Process.ExitCode);
        Assert.Contains("concord: cancelled; the services it started are stopped.", check.Error, StringComparison.Ordinal);
        Assert.Empty(await check.ListenersLeftAsync());
    }

    private static void Signal(string name, int pid)
    {
        using var kill = Process.Start("kill", ["-" + name, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    [GeneratedRegex(@"starting (?<name>\w+) on (?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex StartingLine();

    /// <summary><c>concord check --no-build</c> in its own process, once every service it started listens.</summary>
    private sealed class RunningCheck : IDisposable
    {
        private readonly System.Text.StringBuilder _error = new();

        private RunningCheck(Process process) => Process = process;

        public Process Process { get; }

        public List<Uri> Services { get; } = [];

        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        public static async Task<RunningCheck> StartAsync(string folder)
        {
            // Orders never reports ready, so check waits (up to a minute) with every service started.
            var systemFile = Path.Combine(folder, $"stop-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(systemFile, """{ "from": ".", "services": { "Orders": { "health": "/never-ready" } } }""");
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
            // A start limit well past this test's own patience: on a loaded machine the services may take most of a
            // minute to listen, and check must still be waiting when the signal comes.
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "concord.dll"), "check", systemFile, "--no-build", "--start-timeout", "600" })
            {
                start.ArgumentList.Add(argument);
            }

            var check = new RunningCheck(Process.Start(start)!);
            var waiting = new TaskCompletionSource();
            check.Process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    waiting.TrySetResult();
                    return;
                }

                lock (check._error)
                {
                    check._error.AppendLine(e.Data);
                    if (StartingLine().Match(e.Data) is { Success: true } started)
                    {
                        check.Services.Add(new Uri(started.Groups["url"].Value));
                    }
                }

                if (e.Data.Contains("waiting for", StringComparison.Ordinal))
                {
                    waiting.TrySetResult();
                }
            };
            check.Process.OutputDataReceived += (_, _) => { };
            check.Process.BeginErrorReadLine();
            check.Process.BeginOutputReadLine();
            await waiting.Task.WaitAsync(s_patience);
            Assert.True(check.Services.Count >= 3, check.Error);
            await check.UntilAllListenAsync();
            Assert.False(check.Process.HasExited, check.Error);
            return check;
        }

        /// <summary>The services still accepting connections, after giving them the watchdog's grace to go.</summary>
        public async Task<List<Uri>> ListenersLeftAsync()
        {
            var deadline = Stopwatch.StartNew();
            List<Uri> left;
            do
            {
                left = [];
                foreach (var service in Services)
                {
                    if (await AcceptsAsync(service))
                    {
                        left.Add(service);
                    }
                }

                await Task.Delay(200);
            }
            while (left.Count > 0 && deadline.Elapsed < TimeSpan.FromSeconds(20));

            return left;
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }

        private async Task UntilAllListenAsync()
        {
            var deadline = Stopwatch.StartNew();
            foreach (var service in Services)
            {
                while (!await AcceptsAsync(service))
                {
                    Assert.True(deadline.Elapsed < s_patience, $"{service} never listened{Environment.NewLine}{Error}");
                    await Task.Delay(100);
                }
            }
        }

        private static async Task<bool> AcceptsAsync(Uri service)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(service.Host, service.Port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }
}
