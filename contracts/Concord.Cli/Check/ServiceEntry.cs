namespace Concord.Cli.Check;

/// <summary>
/// One service of a system. Defaults keep system files short: the project may be a folder holding one
/// project file; the document is the project folder's <c>openapi.json</c> when there is one; a service
/// with a document is started (it serves), one without is a library that only calls others.
/// </summary>
internal sealed record ServiceEntry(
    string Name,
    string Project,
    string? OpenApi,
    bool Start,
    string Health,
    IReadOnlyList<string> Consumes,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> VerifyHeaders)
{
    public static ServiceEntry From(string file, string directory, string name, SystemFile.RawService raw)
    {
        if (string.IsNullOrWhiteSpace(raw.Project))
        {
            throw new SystemFileException($"{file}: service \"{name}\" has no \"project\".");
        }

        var project = ResolveProject(file, name, Path.GetFullPath(Path.Combine(directory, raw.Project)));
        var projectDirectory = Path.GetDirectoryName(project)!;
        string? openApi = raw.OpenApi is { } given ? Path.GetFullPath(Path.Combine(directory, given)) : Path.Combine(projectDirectory, "openapi.json");
        if (!File.Exists(openApi))
        {
            if (raw.OpenApi is not null)
            {
                throw new SystemFileException($"{file}: service \"{name}\": OpenAPI document {raw.OpenApi} does not exist.");
            }

            openApi = null;
        }

        return new ServiceEntry(
            name,
            project,
            openApi,
            raw.Start ?? openApi is not null,
            raw.Health ?? "/health",
            raw.Consumes ?? [],
            raw.Env ?? [],
            raw.VerifyHeaders ?? []);
    }

    private static string ResolveProject(string file, string name, string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (Directory.Exists(path) && Directory.GetFiles(path, "*.csproj") is [var single])
        {
            return single;
        }

        throw new SystemFileException($"{file}: service \"{name}\": project {path} is not a project file or a folder holding exactly one.");
    }
}
