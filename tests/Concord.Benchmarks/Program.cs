using BenchmarkDotNet.Running;
using Concord.Benchmarks.Analyzers;
using Concord.Benchmarks.RealCode;

// Each lens keeps its benchmarks in its own folder (Analyzers/, Pact/, OpenApi/);
// `dotnet run -c Release --project tests/Concord.Benchmarks -- --filter '*'` runs them all.
// `-- analyzer-telemetry …` prints Roslyn's per-analyzer telemetry instead (Analyzers/AnalyzerTelemetry.cs);
// `-- real-code CHECKOUT` runs every rule over somebody else's code (RealCode/RealCodeScan.cs);
// `-- key-history CHECKOUT` judges CORD004 on that code's history (RealCode/KeyHistory.cs).
if (args.Length > 0 && args[0] == RealCodeScan.Command)
{
    return await RealCodeScan.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == KeyHistory.Command)
{
    return await KeyHistory.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == AnalyzerTelemetry.Command)
{
    return AnalyzerTelemetry.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
