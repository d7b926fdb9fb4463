using Concord.Pact.Native;

namespace Concord.Pact.Consumer;

/// <summary>The core's mock server for one pact, on 127.0.0.1 at a port the system chose.</summary>
internal sealed class MockServer : IDisposable
{
    private bool _disposed;

    private MockServer(int port) => Port = port;

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    internal static MockServer Start(NativePact pact, int requestedPort = 0)
    {
        var port = NativeMethods.CreateMockServerForTransport(pact.Handle, "127.0.0.1", (ushort)requestedPort, "http", null);
        if (port <= 0)
        {
            var reason = port switch
            {
                -1 => "the pact handle was not valid",
                -2 => "the transport configuration was not valid JSON",
                -3 => "the server could not be started",
                -4 => "the core panicked",
                -5 => "the address was not valid",
                _ => "an unknown error",
            };
            var where = requestedPort == 0 ? "127.0.0.1" : $"127.0.0.1:{requestedPort} (is the port in use?)";
            throw new PactCoreException($"The Pact mock server for {pact.FileName} did not start on {where}: {reason} (code {port}).");
        }

        return new MockServer(port);
    }

    public bool AllMatched => NativeMethods.MockServerMatched(Port);

    /// <summary>The mismatches as the core's JSON array; the string is copied before the core frees it.</summary>
    public string MismatchesJson => OwnedString.Borrow(NativeMethods.MockServerMismatches(Port)) ?? "[]";

    public string Logs => OwnedString.Borrow(NativeMethods.MockServerLogs(Port)) ?? string.Empty;

    /// <summary>Writes (or merges into) the pact file in <paramref name="directory"/>.</summary>
    public void WritePact(string directory, bool overwrite, string fileName)
    {
        var status = NativeMethods.WritePactFile(Port, directory, overwrite);
        if (status != 0)
        {
            var reason = status switch
            {
                1 => "the core panicked",
                2 => "the file could not be written (or merged with the one already there)",
                3 => "the mock server was gone",
                _ => "an unknown error",
            };
            throw new PactCoreException($"The pact file {Path.Combine(directory, fileName)} was not written: {reason} (code {status}).");
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;

            // Reading the log drains the core's per-server buffer, which would otherwise outlive the server.
            _ = NativeMethods.MockServerLogs(Port);
            _ = NativeMethods.CleanupMockServer(Port);
        }
    }
}
