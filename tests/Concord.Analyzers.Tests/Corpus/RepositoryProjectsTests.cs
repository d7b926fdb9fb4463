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
    public void A_project_records_the_packages_it_and_its_sdk_reference_and_whether_it_asks_for_ASP_NET_Core()
    {
        var root = Directory.CreateTempSubdirectory("concord-projects-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "Worker"));
            Directory.CreateDirectory(Path.Combine(root, "Site"));
            Directory.CreateDirectory(Path.Combine(root, "Client"));
            File.WriteAllText(Path.Combine(root, "Worker", "Worker.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><FrameworkReference Include="Microsoft.AspNetCore.App" /></ItemGroup>
                  <ItemGroup><PackageReference Include=" Polly.Core " Version="8.8.0" /></ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(root, "Site", "Site.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
            File.WriteAllText(Path.Combine(root, "Client", "Client.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Avalonia\" /></ItemGroup></Project>");
            Directory.CreateDirectory(Path.Combine(root, "AppHost"));
            File.WriteAllText(Path.Combine(root, "AppHost", "AppHost.csproj"), "<Project Sdk=\"Aspire.AppHost.Sdk/13.1.0\"><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>");

            var projects = RepositoryProjects.Load(root);

            var worker = Assert.Single(projects, project => project.Name == "Worker");
            Assert.True(worker.ReferencesAspNetCore);
            Assert.Equal("Polly.Core", Assert.Single(worker.PackageReferences));
            Assert.True(Assert.Single(projects, project => project.Name == "Site").ReferencesAspNetCore);
            var client = Assert.Single(projects, project => project.Name == "Client");
            Assert.False(client.ReferencesAspNetCore);
            Assert.Equal("Avalonia", Assert.Single(client.PackageReferences));
            Assert.Equal("Aspire.Hosting.AppHost", Assert.Single(Assert.Single(projects, project => project.Name == "AppHost").PackageReferences));
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

    [Fact]
    public void A_project_is_a_test_project_as_a_build_says_by_a_test_sdk_not_by_a_test_framework_reference()
    {
        var root = Directory.CreateTempSubdirectory("concord-projects-").FullName;
        try
        {
            void Write(string name, string project)
            {
                Directory.CreateDirectory(Path.Combine(root, name));
                File.WriteAllText(Path.Combine(root, name, name + ".csproj"), project);
            }

            // A game library that ships its test-scene framework: it references NUnit and is packable, but no test SDK.
            Write("Game", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><IsPackable>true</IsPackable></PropertyGroup>"
                + "<ItemGroup><PackageReference Include=\"NUnit\" Version=\"4.0.0\" /></ItemGroup></Project>");
            Write("Game.Tests", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.0\" />"
                + "<PackageReference Include=\"NUnit\" Version=\"4.0.0\" /></ItemGroup></Project>");
            Write("Engine.Tests", "<Project Sdk=\"MSTest.Sdk/4.0.0\" />");
            Write("Parser.Tests", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit.v3\" Version=\"3.0.0\" /></ItemGroup></Project>");
            Write("Runner.Tests", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"TUnit\" Version=\"1.0.0\" /></ItemGroup></Project>");
            Write("Marked", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>");
            // The project's own setting is read after the test SDK's props, so it wins.
            Write("Harness", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><IsTestProject>false</IsTestProject></PropertyGroup>"
                + "<ItemGroup><PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"18.0.0\" /></ItemGroup></Project>");

            var testProjects = RepositoryProjects.Load(root).Where(project => project.IsTestProject).Select(project => project.Name).Order(StringComparer.Ordinal);

            Assert.Equal(new[] { "Engine.Tests", "Game.Tests", "Marked", "Parser.Tests", "Runner.Tests" }, testProjects);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
