namespace Concord.Analyzers.Tests.Corpus;

/// <summary>The loader behind the scans of real code bases: every source compiled once, however the projects lie.</summary>
public sealed class RepositoryProjectsTests
{
    [Fact]
    public void Two_project_files_in_one_folder_give_one_project_that_owns_the_folders_sources_once()
    {
        var root = Directory.CreateTempSubdirectory("concord-projects-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "Build"));
            File.WriteAllText(Path.Combine(root, "Build", "Version.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            File.WriteAllText(Path.Combine(root, "Build", "Common.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            File.WriteAllText(Path.Combine(root, "Build", "Stamp.cs"), "class Stamp { }");

            var project = Assert.Single(RepositoryProjects.Load(root));

            Assert.Equal("Common", project.Name);
            Assert.Equal(Path.Combine(root, "Build", "Stamp.cs"), Assert.Single(project.Sources));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
