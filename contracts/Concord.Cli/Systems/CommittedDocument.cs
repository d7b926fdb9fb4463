namespace Concord.Cli.Systems;

/// <summary>Where a project keeps its committed OpenAPI document, when it keeps one next to the project file.</summary>
internal static class CommittedDocument
{
    private static readonly string[] s_names = ["openapi.json", "openapi.yaml", "openapi.yml", "swagger.json", "swagger.yaml"];

    /// <summary>The first of <c>openapi.json</c>, <c>openapi.yaml</c>, <c>swagger.json</c>… in the project's folder, or null.</summary>
    public static string? Next(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        return s_names.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }
}
