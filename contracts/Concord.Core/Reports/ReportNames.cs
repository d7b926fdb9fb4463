using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>The lower-case names severities and lenses have in machine-readable reports.</summary>
internal static class ReportNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Of(Lens lens) => lens switch
    {
        Lens.Code => "code",
        Lens.Contract => "contract",
        Lens.Spec => "spec",
        _ => "drift",
    };
}
