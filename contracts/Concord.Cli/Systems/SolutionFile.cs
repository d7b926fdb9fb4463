using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Concord.Cli.Systems;

/// <summary>The C# projects a solution lists: classic <c>.sln</c> or XML <c>.slnx</c>.</summary>
internal static partial class SolutionFile
{
    public static IReadOnlyList<string> Projects(string solution)
    {
        var folder = Path.GetDirectoryName(solution)!;
        var text = File.ReadAllText(solution);
        IEnumerable<string> paths;
        if (solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                paths = XDocument.Parse(text).Descendants("Project").Select(p => (string?)p.Attribute("Path")).OfType<string>();
            }
            catch (System.Xml.XmlException e)
            {
                throw new SystemFileException($"{solution}:{e.LineNumber}:{e.LinePosition}: not a readable solution: {e.Message}");
            }
        }
        else
        {
            paths = ClassicProject().Matches(text).Select(m => m.Groups["path"].Value);
        }

        return [.. paths
            .Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(folder, p.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(File.Exists)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    // Project("{type guid}") = "Name", "relative\path.csproj", "{project guid}"
    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]+)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex ClassicProject();
}
