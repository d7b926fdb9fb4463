namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>Checks of one system that overlap, or follow one that was killed mid-build, still give the one right answer.</summary>
[Collection(StockSystemCollection.Name)]
public sealed class StockSystemConcurrencyTests(StockSolutionFixture system)
{
    [Fact]
    public async Task Two_checks_of_one_system_at_once_both_report_what_one_check_reports()
    {
        var runs = await Task.WhenAll(
            Task.Run(() => StockSystemCheck.Run(system.Check.Folder, argument: null)),
            Task.Run(() => StockSystemCheck.Run(system.Check.Folder, argument: null)));

        foreach (var run in runs)
        {
            Assert.Equal(system.Check.Exit, run.Exit);
            Assert.Equal(Rules(system.Check), Rules(run));
        }

        Assert.Contains(runs, run => run.Progress.Contains("waiting for another concord check of this system", StringComparison.Ordinal));
    }

    [Fact]
    public void A_torn_compiler_log_is_compiled_again_not_fatal()
    {
        var logs = Directory.GetFiles(system.Check.Folder, "concord-check.sarif", SearchOption.AllDirectories);
        Assert.NotEmpty(logs);
        foreach (var log in logs)
        {
            // What a check killed while the compiler wrote its log leaves behind.
            var text = File.ReadAllText(log);
            File.WriteAllText(log, text[..(text.Length / 2)]);
        }

        var again = StockSystemCheck.Run(system.Check.Folder, argument: null);

        Assert.Equal(system.Check.Exit, again.Exit);
        Assert.Equal(Rules(system.Check), Rules(again));
        Assert.Contains("again for the analyzers' log", again.Progress, StringComparison.Ordinal);
    }

    private static List<string> Rules(StockSystemCheck check) =>
        [.. check.Findings.Select(f => f.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal)];
}
