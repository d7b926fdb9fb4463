using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>How many findings a report holds at each severity.</summary>
internal readonly record struct SeverityCounts(int Errors, int Warnings, int Infos)
{
    public int Total => Errors + Warnings + Infos;

    public int this[Severity severity] => severity switch
    {
        Severity.Error => Errors,
        Severity.Warning => Warnings,
        _ => Infos,
    };

    public static SeverityCounts Of(IEnumerable<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }
        }

        return new SeverityCounts(errors, warnings, infos);
    }
}
