using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Concord.Benchmarks.RealCode;

/// <summary>
/// CORD004 measured on a code base's history instead of its head. A public head keeps the keys its authors put there on
/// purpose: an accidental one is found by the hosting platform's secret scanning and taken out. The history keeps both.
/// So this finds every key-like string the code base ever added outside its tests, runs every rule over the project that
/// held it as it was in the commit that added it, and tells whether the key is still at the head or which commit took it
/// out, for a verdict on each: a key CORD004 would have warned on and a later commit moved to configuration was acted on.
///
/// <code>
/// dotnet tests/Concord.Benchmarks/bin/Release/net10.0/Concord.Benchmarks.dll key-history CHECKOUT
/// </code>
/// Prints one line per key (its first ten characters only), then one summary line; exit code 2 when the checkout is not
/// a git repository, 3 when an analyzer threw.
/// </summary>
internal static partial class KeyHistory
{
    public const string Command = "key-history";

    // A candidate: 20 or more key characters in a string assigned to, or passed beside, a name saying key, secret, token
    // or password. Deliberately wider than CORD004 (a prefilter: the rule decides, in the project as it was).
    private const string CandidateLine = "(Key|KEY|key|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Pp]assword)[A-Za-z_]*\"?[[:space:]]*[=:,][[:space:]]*@?\"[A-Za-z0-9_+/=.:-]{20,}\"";

    [GeneratedRegex("(?:Key|KEY|key|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Pp]assword)[A-Za-z_]*\"?\\s*[=:,]\\s*@?\"(?<value>[A-Za-z0-9_+/=.:-]{20,})\"")]
    private static partial Regex CandidateValue();

    public static async Task<int> RunAsync(string[] args)
    {
        var checkout = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal));
        if (checkout is null || !Directory.Exists(Path.Combine(checkout, ".git")))
        {
            Console.Error.WriteLine($"key-history: give the folder of a git checkout with its history (got '{checkout}')");
            return 2;
        }

        checkout = Path.GetFullPath(checkout).TrimEnd(Path.DirectorySeparatorChar);
        var keys = FirstAdditions(checkout);
        var verdicts = new List<(Addition Key, string Rule, string Fate)>();
        var exceptions = 0;
        var scratch = Directory.CreateTempSubdirectory("concord-key-history-");
        try
        {
            var index = 0;
            // Keys added together in one file share their project: look it up once per commit and folder.
            var projects = new Dictionary<(string Commit, string Folder), string?>();
            string? ProjectOf(Addition key)
            {
                var folder = (key.Commit, Path.GetDirectoryName(key.Path) ?? string.Empty);
                if (!projects.TryGetValue(folder, out var project))
                {
                    project = projects[folder] = ProjectFolderAt(checkout, key.Commit, key.Path);
                }

                return project;
            }

            foreach (var group in keys.GroupBy(key => (key.Commit, Project: ProjectOf(key))))
            {
                var rules = new Dictionary<Addition, string>();
                if (group.Key.Project is { } project)
                {
                    var folder = Path.Combine(scratch.FullName, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Extract(checkout, group.Key.Commit, project, folder);
                    var scan = await RealCodeScan.ScanAsync(folder, ImmutableDictionary<string, string>.Empty);
                    exceptions += scan.Exceptions.Count;
                    foreach (var key in group)
                    {
                        rules[key] = RuleOn(scan.Warnings, Path.Combine(folder, key.Path), key.Value);
                    }

                    Directory.Delete(folder, recursive: true);
                }

                foreach (var key in group)
                {
                    var rule = rules.GetValueOrDefault(key, "no project");
                    verdicts.Add((key, rule, rule is "CORD004" or "CORD009" ? Fate(checkout, key.Value) : string.Empty));
                }
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        foreach (var (key, rule, fate) in verdicts.OrderBy(verdict => verdict.Key.Date, StringComparer.Ordinal))
        {
            Console.WriteLine($"{rule,-10} '{key.Value[..10]}…' added {key.Date} {key.Commit[..9]} {key.Path}{(fate.Length == 0 ? string.Empty : " -> " + fate)}");
        }

        var fired = verdicts.Where(verdict => verdict.Rule == "CORD004").ToList();
        Console.WriteLine(
            $"{Path.GetFileName(checkout)}: {verdicts.Count} key-like strings added outside tests; CORD004 on {fired.Count} "
            + $"({fired.Count(verdict => verdict.Fate.StartsWith("removed", StringComparison.Ordinal))} removed since, "
            + $"{fired.Count(verdict => verdict.Fate.StartsWith("at head", StringComparison.Ordinal))} at the head), "
            + $"CORD009 on {verdicts.Count(verdict => verdict.Rule == "CORD009")}, quiet on {verdicts.Count(verdict => verdict.Rule == "quiet")}, "
            + $"no project for {verdicts.Count(verdict => verdict.Rule == "no project")}; {exceptions} analyzer exceptions");
        return exceptions == 0 ? 0 : 3;
    }

    /// <summary>Each key-like string's first addition outside a test folder, oldest first.</summary>
    private static List<Addition> FirstAdditions(string checkout)
    {
        var seen = new Dictionary<string, Addition>(StringComparer.Ordinal);
        string? commit = null, date = null, path = null;
        foreach (var line in Git(checkout, "log", "-E", "--no-merges", "--reverse", "-p", "--format=@@@ %H %ad", "--date=short", "-G" + CandidateLine, "--", "*.cs"))
        {
            if (line.StartsWith("@@@ ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                (commit, date) = (parts[1], parts[2]);
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                path = line.StartsWith("+++ b/", StringComparison.Ordinal) ? line[6..] : null;
            }
            else if (line.StartsWith('+') && commit is not null && path is not null && !InTestFolder(path))
            {
                foreach (Match match in CandidateValue().Matches(line))
                {
                    var value = match.Groups["value"].Value;
                    seen.TryAdd(value, new Addition(value, commit, date!, path));
                }
            }
        }

        return [.. seen.Values];
    }

    // Tests are skipped by CORD004's default; a folder named for tests is not worth extracting.
    private static bool InTestFolder(string path) =>
        path.Split('/')[..^1].Any(folder =>
            folder.Equals("test", StringComparison.OrdinalIgnoreCase) || folder.Equals("tests", StringComparison.OrdinalIgnoreCase)
            || folder.EndsWith("Test", StringComparison.Ordinal) || folder.EndsWith("Tests", StringComparison.Ordinal)
            || folder.EndsWith(".Test", StringComparison.OrdinalIgnoreCase) || folder.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase));

    /// <summary>The folder of the nearest project file above <paramref name="path"/> at <paramref name="commit"/>.</summary>
    private static string? ProjectFolderAt(string checkout, string commit, string path)
    {
        for (var folder = Path.GetDirectoryName(path)?.Replace('\\', '/'); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder)?.Replace('\\', '/'))
        {
            if (Git(checkout, "ls-tree", "--name-only", commit, folder + "/").Any(entry => entry.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
            {
                return folder;
            }
        }

        return null;
    }

    // The project's folder, the folders of the projects it references (their types bind, as in a build), and every
    // Directory.Build.props above the project (they say which projects are tests and what they reference).
    private static void Extract(string checkout, string commit, string project, string folder)
    {
        Directory.CreateDirectory(folder);
        var props = new List<string>();
        for (var above = Path.GetDirectoryName(project)?.Replace('\\', '/'); above is not null; above = Path.GetDirectoryName(above)?.Replace('\\', '/'))
        {
            var candidate = above.Length == 0 ? "Directory.Build.props" : above + "/Directory.Build.props";
            if (Git(checkout, "ls-tree", "--name-only", commit, candidate).Any())
            {
                props.Add(candidate);
            }
        }

        var archive = Path.Combine(folder, "..", Path.GetFileName(folder) + ".tar");
        Run("git", ["-C", checkout, "archive", "--format=tar", "-o", archive, commit, "--", .. ReferenceClosure(checkout, commit, project), .. props]);
        Run("tar", ["-xf", archive, "-C", folder]);
        File.Delete(archive);
    }

    /// <summary><paramref name="project"/>'s folder and those of the projects it references, directly or not, at <paramref name="commit"/>.</summary>
    private static List<string> ReferenceClosure(string checkout, string commit, string project)
    {
        var folders = new List<string> { project };
        for (var next = 0; next < folders.Count; next++)
        {
            foreach (var file in Git(checkout, "ls-tree", "--name-only", commit, folders[next] + "/").Where(entry => entry.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (Match reference in ProjectReference().Matches(string.Join('\n', Git(checkout, "show", commit + ":" + file))))
                {
                    var referenced = Path.GetDirectoryName(Normalise(folders[next] + "/" + reference.Groups["path"].Value.Replace('\\', '/')));
                    if (!string.IsNullOrEmpty(referenced) && !folders.Contains(referenced) && Git(checkout, "ls-tree", "--name-only", commit, referenced + "/").Any())
                    {
                        folders.Add(referenced);
                    }
                }
            }
        }

        return folders;
    }

    [GeneratedRegex("<ProjectReference\\s+Include=\"(?<path>[^\"]+)\"")]
    private static partial Regex ProjectReference();

    // Folds "a/b/../c" to "a/c" in a repository-relative path; empty when it leaves the repository.
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return string.Empty;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string RuleOn(List<Diagnostic> warnings, string file, string value)
    {
        foreach (var warning in warnings.Where(warning => warning.Id is "CORD004" or "CORD009"))
        {
            var tree = warning.Location.SourceTree;
            if (tree is not null && string.Equals(Path.GetFullPath(tree.FilePath), Path.GetFullPath(file), StringComparison.Ordinal))
            {
                var line = tree.GetText().Lines[warning.Location.GetLineSpan().StartLinePosition.Line].ToString();
                if (line.Contains(value, StringComparison.Ordinal))
                {
                    return warning.Id;
                }
            }
        }

        return "quiet";
    }

    /// <summary>"at head" when a C# file of the head still holds the key, else the commit that last took it out.</summary>
    private static string Fate(string checkout, string value)
    {
        if (Git(checkout, "grep", "-F", "-l", "-e", value, "HEAD", "--", "*.cs").FirstOrDefault() is { } where)
        {
            return "at head in " + where[(where.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }

        var removal = Git(checkout, "log", "-1", "--no-merges", "--format=%h %ad %s", "--date=short", "-S" + value, "--", "*.cs").FirstOrDefault();
        return "removed " + (removal ?? "(by a merge)");
    }

    private static IEnumerable<string> Git(string checkout, params string[] args) => Run("git", ["-C", checkout, .. args]);

    private static List<string> Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var lines = new List<string>();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        process.WaitForExit();
        return lines;
    }

    private sealed record Addition(string Value, string Commit, string Date, string Path);
}
