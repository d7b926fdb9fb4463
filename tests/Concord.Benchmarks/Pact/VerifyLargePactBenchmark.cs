using System.Diagnostics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Concord.Pact.Native;
using Concord.Pact.Provider;

namespace Concord.Benchmarks.Pact;

/// <summary>
/// Verifying a 200-interaction pact against a real Kestrel provider: through Concord.Pact's
/// <see cref="PactVerifier"/> (input checks, reachability probe, dedicated thread, structured
/// result, coverage) and through the bare core calls, in the same run. The core's stdout is
/// silenced in both so that neither pays for printing. Each benchmark runs in its own process;
/// its peak working set is printed at the end ("peak working set: … MiB").
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class VerifyLargePactBenchmark
{
    private LargePactFixture _fixture = null!;

    [Params(200)]
    public int Interactions { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        // Telemetry off and logging set up before any core call, the raw baseline's included.
        PactCoreLibrary.EnsureInitialised();
        _fixture = LargePactFixture.CreateAsync(Interactions).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "raw core calls")]
    public int RawCore()
    {
        using var handle = NativeMethods.VerifierNewForApplication("benchmark", "1.0.0");
        var provider = _fixture.Provider.BaseUri;
        NativeMethods.VerifierSetProviderInfo(handle, LargePactFixture.ProviderName, provider.Scheme, provider.Host, (ushort)provider.Port, "/");
        _ = NativeMethods.VerifierSetColouredOutput(handle, 0);
        NativeMethods.VerifierAddFileSource(handle, _fixture.PactFile);
        var exitCode = NativeStandardStreams.Silence(NativeStandardStreams.StandardOutput, () => NativeMethods.VerifierExecute(handle));
        var json = OwnedString.Take(NativeMethods.VerifierJson(handle));
        return exitCode == 0 && json is not null ? json.Length : throw new InvalidOperationException($"The raw verification failed ({exitCode}).");
    }

    [Benchmark(Description = "Concord.Pact PactVerifier")]
    public async Task<int> ConcordPactVerifier()
    {
        var result = await new PactVerifier(LargePactFixture.ProviderName)
            .WithProvider(_fixture.Provider.BaseUri)
            .WithPactFile(_fixture.PactFile)
            .VerifyAsync();
        return result.Passed && result.Interactions.Count == Interactions ? result.Interactions.Count : throw new InvalidOperationException(result.ToString());
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        Console.WriteLine($"// peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F1} MiB");
        _fixture.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
