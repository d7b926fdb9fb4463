using System.Collections.Immutable;

namespace Concord.Core.Reports;

/// <summary>
/// Makes absolute paths relative to the first base folder that contains them and writes every path
/// with forward slashes, so that a report reads the same on every machine and every OS.
/// </summary>
internal sealed class PathRelativizer(ImmutableArray<string> basePaths)
{
    private static readonly StringComparison s_pathComparison =
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly ImmutableArray<string> _basePaths = [.. basePaths.Select(Normalize).Select(path => path.TrimEnd('/'))];

    public string Relativize(string path)
    {
        var normalized = Normalize(path);
        foreach (var basePath in _basePaths)
        {
            if (basePath.Length > 0
                && normalized.Length > basePath.Length + 1
                && normalized.StartsWith(basePath, s_pathComparison)
                && normalized[basePath.Length] == '/')
            {
                return normalized[(basePath.Length + 1)..];
            }
        }

        return normalized.StartsWith("./", StringComparison.Ordinal) ? normalized[2..] : normalized;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
