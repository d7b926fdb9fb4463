using System.Diagnostics;

namespace Concord.Pact.Tests.Processes;

/// <summary>This test assembly started as a separate process in one of <see cref="ChildProgram"/>'s modes.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Task _reading;
    private readonly Task<string> _errors;

    private ChildProcess(Process process)
    {
        _process = process;
        _reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        });
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Waits until the child has written a line (it stays alive after).</summary>
    public async Task<string> FirstLineAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                if (_lines.Count > 0)
                {
                    return _lines[0];
                }
            }

            if (_process.HasExited)
            {
                await _reading;
                lock (_lines)
                {
                    return _lines.Count > 0 ? _lines[0] : throw new InvalidOperationException($"the child ended with {_process.ExitCode} and wrote nothing: {_errors.Result}");
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the child wrote no line in time");
    }

    public static ChildProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(ChildProgram).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException("the child process did not start"));
    }

    public int Id => _process.Id;

    /// <summary>Lets a waiting child finish.</summary>
    public void Release()
    {
        _process.StandardInput.WriteLine();
        _process.StandardInput.Close();
    }

    /// <summary>Waits for the child to end; its exit code and everything it wrote.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> EndAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        await _reading;
        lock (_lines)
        {
            return (_process.ExitCode, string.Join('\n', _lines), _errors.Result);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
