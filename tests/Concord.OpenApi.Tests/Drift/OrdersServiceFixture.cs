using System.Diagnostics;
using System.Reflection;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>
/// The drift tests' service (Drift/OrdersService), started as a real process on 127.0.0.1 port 0 and stopped
/// after the tests. It serves the document ASP.NET generates at /openapi/v1.json.
/// </summary>
public sealed class OrdersServiceFixture : IAsyncLifetime
{
    private Process? _process;

    public Uri BaseUri { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    public async Task InitializeAsync()
    {
        var dll = typeof(OrdersServiceFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "OrdersService").Value!;
        Assert.True(File.Exists(dll), $"{dll}: the drift tests' service was not built.");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening on ", StringComparison.Ordinal))
            {
                BaseUri = new Uri(line["listening on ".Length..].Trim() + "/");
                _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = _process.StandardError.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException("the drift tests' service stopped before listening: " + await _process.StandardError.ReadToEndAsync(CancellationToken.None));
    }

    /// <summary>The document the running service generates, read the way check reads documents.</summary>
    public async Task<SpecDocument> ServedDocumentAsync()
    {
        var url = new Uri(BaseUri, "openapi/v1.json");
        return SpecLoader.LoadText(url.ToString(), await Http.GetStringAsync(url));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }
}
