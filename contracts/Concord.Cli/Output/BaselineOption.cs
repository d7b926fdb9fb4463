using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Core.Findings;
using Concord.Core.Reports;
using Concord.Core.Reports.Baseline;

namespace Concord.Cli.Output;

/// <summary>
/// <c>--baseline &lt;report&gt;</c>, for any command that reports findings: only the findings that are new against
/// an earlier report count (reports and exit code), matched by fingerprint. For pull requests: the base
/// branch's report as the baseline.
/// </summary>
internal static class BaselineOption
{
    public static Option<string?> Create() => new("--baseline")
    {
        Description = "Report only findings that are not in this earlier report (a JSON report or SARIF log concord wrote), " +
                      "matched by fingerprint; the exit code counts only those too.",
        HelpName = "report",
    };

    /// <summary>
    /// The findings new against the baseline at <paramref name="path"/> (all of them when there is none), or
    /// <c>null</c> after writing one error line when the baseline cannot be used.
    /// </summary>
    public static IReadOnlyList<Finding>? Apply(
        string? path, IReadOnlyList<Finding> findings, ReportContext context, string workingDirectory, TextWriter error, Verbosity verbosity)
    {
        if (path is null)
        {
            return findings;
        }

        FindingBaseline baseline;
        try
        {
            baseline = FindingBaseline.Load(Path.GetFullPath(path, workingDirectory));
        }
        catch (BaselineException e)
        {
            error.WriteLine($"concord: error: --baseline {e.Message}");
            return null;
        }

        var fresh = baseline.NewIn(findings, context);
        if (verbosity != Verbosity.Quiet)
        {
            error.WriteLine($"concord: {fresh.Count} new finding(s) against the baseline {path}; {findings.Count - fresh.Count} also in it are not reported");
        }

        return fresh;
    }
}
