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

    [Fact]
    public void A_desktop_app_is_a_windows_application_and_an_old_style_project_file_is_read_through_its_namespace()
    {
        var root = Directory.CreateTempSubdirectory("concord-projects-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "Viewer"));
            Directory.CreateDirectory(Path.Combine(root, "Legacy"));
            File.WriteAllText(Path.Combine(root, "Viewer", "Viewer.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>WinExe</OutputType></PropertyGroup></Project>");
            File.WriteAllText(Path.Combine(root, "Legacy", "Legacy.csproj"), """
                <?xml version="1.0" encoding="utf-8"?>
                <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                  <PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\Viewer\Viewer.csproj" /></ItemGroup>
                </Project>
                """);

            var projects = RepositoryProjects.Load(root);

            var viewer = Assert.Single(projects, project => project.Name == "Viewer");
            Assert.True(viewer.IsExecutable);
            Assert.True(viewer.IsWindowsApplication);
            var legacy = Assert.Single(projects, project => project.Name == "Legacy");
            Assert.True(legacy.IsExecutable);
            Assert.False(legacy.IsWindowsApplication);
            Assert.Equal(Path.Combine(root, "Viewer", "Viewer.csproj"), Assert.Single(legacy.ProjectReferences));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
