using System.Text.Json;
using Concord.Cli;
using ModelRegistry.Sample.Tests.Support;

namespace ModelRegistry.Sample.Tests.Check;

/// <summary>What one <c>concord check</c> run of a sample variant gave: exit code, JSON report (its findings and disagreements by id), progress.</summary>
public sealed record SampleCheck(int Exit, string Report, IReadOnlyList<JsonElement> Findings, IReadOnlyDictionary<string, JsonElement> Disagreements, string Progress)
{
    public static SampleCheck Run(string systemFile)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(["check", Path.Combine(SamplePaths.Samples, systemFile), "--format", "json"], output, error);
        if (exit == ExitCodes.CouldNotDecide)
        {
            return new SampleCheck(exit, output.ToString(), [], new Dictionary<string, JsonElement>(), error.ToString());
        }

        using var report = JsonDocument.Parse(output.ToString());
        return new SampleCheck(
            exit,
            output.ToString(),
            [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())],
            report.RootElement.GetProperty("disagreements").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.Clone()),
            error.ToString());
    }
}

/// <summary>
/// Each variant is checked once per test run and its result shared: a run builds the sample and starts its services,
/// so the tests that read the same run's findings do not pay for it again. The tests using them run one at a time
/// (<see cref="ConcordCheckCollection"/>).
/// </summary>
public static class SampleChecks
{
    private static readonly Lazy<SampleCheck> s_asReported = new(() => SampleCheck.Run("concord.as-reported.json"));
    private static readonly Lazy<SampleCheck> s_fixed = new(() => SampleCheck.Run("concord.json"));

    public static SampleCheck AsReported => s_asReported.Value;

    public static SampleCheck Fixed => s_fixed.Value;
}
