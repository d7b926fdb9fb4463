namespace Concord.Cli.Check.Build;

/// <summary>
/// What the build of one project told check (the <c>*.build.txt</c> file Concord.Check.targets writes):
/// its outputs, the compiler's SARIF log, what kind of project it is and the files it compiled.
/// </summary>
internal sealed record BuildInfo(
    string Project,
    string TargetFramework,
    string TargetPath,
    string IntermediateAssembly,
    string SarifLog,
    string OutputType,
    bool IsWeb,
    bool IsTest,
    bool IsAspireHost,
    IReadOnlyList<string> Packages,
    IReadOnlyList<string> CompiledFiles)
{
    /// <summary>The project's name as services are named by default: its file name without extension.</summary>
    public string Name => Path.GetFileNameWithoutExtension(Project);

    /// <summary>A web application that can be started (not a test project, not an Aspire app host).</summary>
    public bool IsService => IsWeb && !IsTest && !IsAspireHost && OutputType.Equals("Exe", StringComparison.OrdinalIgnoreCase);

    public bool References(string packagePrefix) => Packages.Any(p => p.StartsWith(packagePrefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads one description; a malformed one is null (a build that did not finish writing it).</summary>
    public static BuildInfo? Read(string file)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(file))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals];
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
            }

            list.Add(line[(equals + 1)..]);
        }

        string One(string key) => values.TryGetValue(key, out var list) ? list[0] : "";
        IReadOnlyList<string> All(string key) => values.TryGetValue(key, out var list) ? list : [];
        if (One("project") is not { Length: > 0 } project || One("targetPath") is not { Length: > 0 } targetPath)
        {
            return null;
        }

        return new BuildInfo(
            project,
            One("targetFramework"),
            targetPath,
            One("intermediateAssembly"),
            One("sarif"),
            One("outputType"),
            IsTrue(One("web")),
            IsTrue(One("test")),
            IsTrue(One("aspireHost")),
            All("package"),
            [.. All("compile").Where(f => !IsGenerated(f))]);
    }

    private static bool IsTrue(string value) => value.Equals("true", StringComparison.OrdinalIgnoreCase);

    // Files under obj/ are generated (global usings, assembly info): nobody wrote calls there.
    private static bool IsGenerated(string file) =>
        file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("\\obj\\", StringComparison.Ordinal);
}
