using BenchmarkDotNet.Attributes;
using Concord.Core.Secrets;

namespace Concord.Benchmarks.Reports;

/// <summary>Redacting a finding's message, against copying it: what the safety of every report costs per string.</summary>
[MemoryDiagnoser]
public class SecretRedactorBenchmarks
{
    private const string Clean = "GET /api/mlflow/{path} was removed; clients that call it will get 404 from the auth service.";
    private const string WithSecrets = "The provider rejected Authorization: Bearer sk_live_51HxYzAbCdEfGhIjKlMnOp sent to https://h.example.test/x?api_key=abc123.";

    [Benchmark(Baseline = true)]
    public string CopyClean() => new(Clean.AsSpan());

    [Benchmark]
    public string RedactClean() => SecretRedactor.Redact(Clean);

    [Benchmark]
    public string RedactWithSecrets() => SecretRedactor.Redact(WithSecrets);
}
