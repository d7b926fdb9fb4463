namespace Concord.Cli.Systems;

/// <summary>What kind of thing the user pointed check at.</summary>
internal enum SystemSourceKind
{
    /// <summary>A <c>concord.json</c>/<c>concord.yaml</c> that lists the services itself.</summary>
    SystemFile,

    /// <summary>A <c>.sln</c> or <c>.slnx</c>: its web projects are services.</summary>
    Solution,

    /// <summary>A folder without a solution: every project under it.</summary>
    Folder,

    /// <summary>An Aspire app host project: its model is the system.</summary>
    AspireAppHost,
}

/// <summary>
/// Where a system comes from, decided before anything is built: the argument (none, a folder, a solution, an
/// Aspire app host project or a system file), what to build, and the system file that overrides discovery.
/// </summary>
internal sealed record SystemSource(
    SystemSourceKind Kind,
    string Path,
    string Directory,
    string? BuildEntry,
    IReadOnlyList<string> Projects,
    string PactFolder,
    SystemFile? File)
{
    /// <summary>
    /// Resolves the argument. A folder is looked into for a system file, then one solution, then an Aspire app
    /// host, then its projects. Ambiguity (two solutions) is an error that names both.
    /// </summary>
    public static SystemSource Locate(string? argument, string workingDirectory)
    {
        var path = System.IO.Path.GetFullPath(argument ?? ".", workingDirectory);
        if (System.IO.Directory.Exists(path))
        {
            return InFolder(path);
        }

        if (!System.IO.File.Exists(path))
        {
            throw new SystemFileException($"{argument}: no such file or folder.");
        }

        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".sln" or ".slnx" => FromSolution(path, file: null),
            ".csproj" => AspireAppHost.IsAppHost(path) ? FromAppHost(path, file: null) : FromProjects(path, System.IO.Path.GetDirectoryName(path)!, [path], file: null),
            ".json" or ".yaml" or ".yml" => FromSystemFile(SystemFile.Load(path)),
            _ => throw new SystemFileException($"{argument}: not a system file, solution, project or folder (expected concord.json/.yaml, .sln, .slnx or .csproj)."),
        };
    }

    private static SystemSource InFolder(string folder)
    {
        if (SystemFile.FileNames.Select(name => System.IO.Path.Combine(folder, name)).FirstOrDefault(System.IO.File.Exists) is { } systemFile)
        {
            return FromSystemFile(SystemFile.Load(systemFile));
        }

        var solutions = System.IO.Directory.GetFiles(folder, "*.sln").Concat(System.IO.Directory.GetFiles(folder, "*.slnx")).Order(StringComparer.Ordinal).ToList();
        if (solutions.Count > 1)
        {
            throw new SystemFileException($"{folder}: more than one solution ({string.Join(", ", solutions.Select(System.IO.Path.GetFileName))}); name the one to check.");
        }

        if (solutions.Count == 1)
        {
            return FromSolution(solutions[0], file: null);
        }

        var projects = ProjectsUnder(folder);
        if (projects.Count == 0)
        {
            throw new SystemFileException($"{folder}: no concord.json, solution or C# project here; name one.");
        }

        var hosts = projects.Where(AspireAppHost.IsAppHost).ToList();
        return hosts.Count == 1 ? FromAppHost(hosts[0], file: null) : FromProjects(folder, folder, projects, file: null);
    }

    private static SystemSource FromSystemFile(SystemFile file)
    {
        if (file.From is not { } from)
        {
            var projects = file.Services.Select(s => s.Project!).Distinct(StringComparer.Ordinal).ToList();
            return new SystemSource(SystemSourceKind.SystemFile, file.Path, file.Directory, null, projects, file.PactFolder, file);
        }

        var discovered = System.IO.Directory.Exists(from) ? InFolder(from) : Locate(from, file.Directory);
        return discovered with { Path = file.Path, PactFolder = file.PactFolder, File = file };
    }

    private static SystemSource FromSolution(string solution, SystemFile? file)
    {
        var directory = System.IO.Path.GetDirectoryName(solution)!;
        var projects = SolutionFile.Projects(solution);
        if (projects.Count == 0)
        {
            throw new SystemFileException($"{solution}: the solution lists no C# project.");
        }

        return new SystemSource(SystemSourceKind.Solution, solution, directory, solution, projects, DefaultPacts(directory), file);
    }

    private static SystemSource FromAppHost(string appHost, SystemFile? file)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(appHost)!)!;
        return new SystemSource(SystemSourceKind.AspireAppHost, appHost, directory, appHost, [appHost], DefaultPacts(directory), file);
    }

    private static SystemSource FromProjects(string path, string directory, IReadOnlyList<string> projects, SystemFile? file) =>
        new(SystemSourceKind.Folder, path, directory, null, projects, DefaultPacts(directory), file);

    private static string DefaultPacts(string directory) => System.IO.Path.Combine(directory, "pacts");

    private static List<string> ProjectsUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 6 };
        return [.. System.IO.Directory.EnumerateFiles(folder, "*.csproj", options)
            .Where(p => !p.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
            .Order(StringComparer.Ordinal)];
    }
}
