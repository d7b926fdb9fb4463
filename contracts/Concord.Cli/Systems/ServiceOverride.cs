namespace Concord.Cli.Systems;

/// <summary>
/// What a system file says about one service; every property it leaves out is null and keeps the discovered
/// (or default) value. Paths are resolved against the system file's folder.
/// </summary>
internal sealed record ServiceOverride(
    string Name,
    string? Project,
    string? OpenApi,
    string? OpenApiUrl,
    bool? Start,
    string? Health,
    string? EnvironmentName,
    IReadOnlyList<string>? Consumes,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyDictionary<string, string> VerifyHeaders)
{
    public static ServiceOverride From(string file, string directory, string name, SystemFile.RawService raw, bool projectRequired)
    {
        if (projectRequired && string.IsNullOrWhiteSpace(raw.Project))
        {
            throw new SystemFileException($"{file}: service \"{name}\" has no \"project\".");
        }

        var project = string.IsNullOrWhiteSpace(raw.Project) ? null : ResolveProject(file, name, Path.GetFullPath(Path.Combine(directory, raw.Project)));
        var openApi = raw.OpenApi is { } given ? Path.GetFullPath(Path.Combine(directory, given)) : null;
        if (openApi is not null && !File.Exists(openApi))
        {
            throw new SystemFileException($"{file}: service \"{name}\": OpenAPI document {raw.OpenApi} does not exist.");
        }

        return new ServiceOverride(
            name,
            project,
            openApi,
            raw.OpenApiUrl,
            raw.Start,
            HealthPath(file, name, raw.Health),
            raw.Environment,
            raw.Consumes,
            NoNulls(file, name, "env", raw.Env),
            NoNulls(file, name, "verifyHeaders", raw.VerifyHeaders));
    }

    /// <summary>
    /// A health check is a path on the service itself. An absolute URL is refused: check polls only the loopback
    /// address it started the service on, never a host a system file names.
    /// </summary>
    private static string? HealthPath(string file, string service, string? health)
    {
        if (health is null)
        {
            return null;
        }

        if (!health.StartsWith('/') || health.StartsWith("//", StringComparison.Ordinal) || health.Contains('\\', StringComparison.Ordinal))
        {
            throw new SystemFileException($"{file}: service \"{service}\": health \"{health}\" must be a path on the service, such as /health; check polls only the address it started the service on.");
        }

        return health;
    }

    private static Dictionary<string, string> NoNulls(string file, string service, string what, Dictionary<string, string?>? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values ?? [])
        {
            result[key] = value ?? throw new SystemFileException($"{file}: service \"{service}\": {what}.{key} is null; give a string.");
        }

        return result;
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
