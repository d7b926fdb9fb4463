using BenchmarkDotNet.Running;

// Each lens keeps its benchmarks in its own folder (Analyzers/, Pact/, OpenApi/);
// `dotnet run -c Release --project tests/Concord.Benchmarks -- --filter '*'` runs them all.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
