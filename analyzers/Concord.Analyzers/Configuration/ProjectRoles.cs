using System;
using System.Linq;
using System.Runtime.CompilerServices;
using Concord.Analyzers.Credentials;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Configuration;

/// <summary>
/// What a compilation is for, as far as the rules need to know: a deployed program (an executable or
/// web app), a class library offering defaults to its users, a library that supports tests, a code
/// generator, or code that ships to its users. Decided once per compilation from its output kind, its
/// name, its folders, what it references and the systems it is built for.
/// </summary>
internal static class ProjectRoles
{
    // Libraries whose users are tests: containers, fake servers, in-memory hosts.
    private static readonly string[] TestSupportAssemblyPrefixes =
    {
        "Testcontainers", "DotNet.Testcontainers", "WireMock", "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.TestHost",
        "Aspire.Hosting.Testing", "Mongo2Go", "EphemeralMongo", "Respawn", "Moq", "NSubstitute", "FakeItEasy", "RichardSzalay.MockHttp",
        "Bogus", "AutoFixture", "Alba",
    };

    private static readonly string[] TestSupportNameWords = { "test", "tests", "testing", "testkit", "fixtures", "fakes", "mocks", "stubs", "e2e", "benchmarks" };

    // The folder a repository keeps its tests in: a project there (found on real code: a library of shared fixtures under
    // tests/, holding a test chain's accounts) is written for tests even when its name does not say so.
    private static readonly string[] TestFolderWords = { "test", "tests" };

    // Code that writes code: Roslyn generators, T4 and dotnet templates, scaffolders.
    private static readonly string[] GeneratorAssemblyPrefixes =
    {
        "Microsoft.VisualStudio.TextTemplating", "Microsoft.TemplateEngine", "Scriban", "RazorLight", "Handlebars", "Fluid",
    };

    private static readonly string[] GeneratorNameWords = { "generator", "generators", "codegen", "templates", "templating", "scaffolding", "scaffolder" };

    // A project template's content (templates/Acme.Dapp.Template/WebApp, found on real code: a template pack's web app
    // falling back to the local chain the template sets up): its folder, not its assembly, says it is text a template writes.
    private static readonly string[] TemplateFolderWords = { "template", "templates" };

    // Demonstration programs: the local daemons and agents they fall back to are how the demo runs. A folder named
    // "samples" is not enough (deployed reference services live under samples too); "demo" is a demonstration.
    private static readonly string[] DemoWords = { "demo", "demos" };

    // An assembly named for a sample (Sentry.Samples.OpenTelemetry.MongoDB, found on real code) is one too: its authors
    // named it so. A folder named samples is not enough; deployed reference services live under samples/ as well.
    private static readonly string[] DemoNameWords = { "demo", "demos", "sample", "samples" };

    /// <summary>
    /// A demonstration program: its assembly name says demo or sample, or its project folder or one of the two above it is named
    /// <c>demo</c> or <c>demos</c> (<c>samples/Demos/A2AClientServer/A2AClient</c>). Only the folders nearest the project
    /// count, so a checkout that happens to sit under a folder named demo is still judged.
    /// </summary>
    public static bool IsDemo(Compilation compilation) =>
        HasNameWord(compilation, DemoNameWords)
        || NearestFolders(compilation).Any(folder => Array.IndexOf(DemoWords, folder.ToLowerInvariant()) >= 0);

    // The project's folder and the two above it, which the roles read by name (demo, tests, templates): the folders nearest
    // the project, so a checkout that happens to sit under such a folder is still judged. Computed once per compilation,
    // though several rules ask at their start.
    private static readonly ConditionalWeakTable<Compilation, string[]> NearestFoldersOf = new();

    private static string[] NearestFolders(Compilation compilation) =>
        NearestFoldersOf.GetValue(compilation, static compilation => ProjectFolders(compilation).Take(3).ToArray());

    // The folders from the project's own upwards: the common folder of its source files (generated files under obj/ aside).
    private static string[] ProjectFolders(Compilation compilation)
    {
        string[]? common = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var folders = tree.FilePath.Split('/', '\\');
            if (folders.Length < 2 || Array.IndexOf(folders, "obj") >= 0)
            {
                continue;
            }

            var directory = folders.Take(folders.Length - 1).ToArray();
            common = common is null ? directory : common.Zip(directory, (a, b) => (a, b)).TakeWhile(pair => pair.a == pair.b).Select(pair => pair.a).ToArray();
        }

        return common is null ? Array.Empty<string>() : Enumerable.Reverse(common).ToArray();
    }

    /// <summary>A class library: its defaults are documented choices offered to the programs that use it, not a deployment's setting.</summary>
    public static bool IsLibrary(Compilation compilation) =>
        compilation.Options.OutputKind is OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule or OutputKind.WindowsRuntimeMetadata;

    /// <summary>
    /// A desktop application (WinExe: WPF, Windows Forms, a tray agent): it runs on its user's machine, where a loopback
    /// address is that user's own local server (a model runner, a media server), and the defaults its view models and
    /// settings offer are choices shown to that user, as a library's are to its programs.
    /// </summary>
    public static bool IsDesktopApp(Compilation compilation) => compilation.Options.OutputKind == OutputKind.WindowsApplication;

    // Command-line parsers: a console program built on one is a tool a person runs with options.
    private static readonly string[] CommandLineParserAssemblies =
    {
        "Spectre.Console.Cli", "System.CommandLine", "CommandLine", "McMaster.Extensions.CommandLineUtils",
        "Microsoft.Extensions.CommandLineUtils", "CliFx", "Cocona", "PowerArgs", "CommandDotNet", "DotMake.CommandLine", "Mono.Options",
    };

    /// <summary>
    /// A command-line tool: a console program that parses its command line with a parser library and serves no web
    /// requests. It runs when its user asks, with the options they give; a loopback default of an option is that
    /// user's own local server (a model runner on their machine), documented in the option's help, not a deployed
    /// service's missing setting. What it reads from configuration or the environment is still a deployment's.
    /// </summary>
    public static bool IsCommandLineTool(Compilation compilation) =>
        compilation.Options.OutputKind == OutputKind.ConsoleApplication
        && References(compilation, CommandLineParserAssemblies)
        && !References(compilation, WebServerAssemblyPrefixes);

    private static readonly string[] WebServerAssemblyPrefixes = { "Microsoft.AspNetCore" };

    // Frameworks whose code runs on its users' devices: desktop (WPF, Windows Forms, WinUI, Avalonia, Uno, Eto, GTK#,
    // a terminal UI, and the web views desktop apps embed: WebView2, CefSharp, Photino, Electron.NET), mobile (MAUI,
    // Xamarin, .NET for Android and iOS) and the browser (Blazor WebAssembly, downloaded by every visitor).
    private static readonly string[] ClientAppAssemblyPrefixes =
    {
        "PresentationFramework", "System.Windows.Forms", "Microsoft.WinUI", "Avalonia", "Uno.UI", "Eto", "GtkSharp", "Terminal.Gui",
        "Microsoft.Web.WebView2", "CefSharp", "Photino.NET", "ElectronNET.API",
        "Microsoft.Maui", "Xamarin.Forms", "Mono.Android", "Microsoft.Android", "Microsoft.iOS", "Xamarin.iOS", "Microsoft.MacCatalyst",
        "Microsoft.AspNetCore.Components.WebAssembly",
    };

    // What an application its users run loads: games and their engines (Unity, Godot, MonoGame, FNA, Stride, Flax,
    // raylib, osu!'s framework, whose game client found on real code carries its OAuth client secret), the plugins and
    // mods a game loads and their frameworks (Dalamud, a game client's plugin host, found on real code carrying the key
    // every copy uploads market data with; BepInEx and MelonLoader, Unity games' mod loaders), Visual Studio extensions,
    // and plugins of a media server its users host (Jellyfin's and Emby's plugin API, MediaBrowser.*, whose plugins
    // found on real code carry their providers' project keys).
    private static readonly string[] HostedByUsersAssemblyPrefixes =
    {
        "UnityEngine", "GodotSharp", "MonoGame.Framework", "FNA", "Stride.Engine", "FlaxEngine", "Raylib-cs", "osu.Framework",
        "Dalamud", "BepInEx", "MelonLoader",
        "Microsoft.VisualStudio.Shell", "MediaBrowser.Controller",
    };

    /// <summary>
    /// Code that ships to its users: a desktop program (WinExe), a project built on a desktop, mobile or browser client
    /// framework (a view-model library of a MAUI app included), code loaded by an application its users run (a game,
    /// an IDE extension, a media server's plugin, or the plugin framework itself), or a project built for an operating
    /// system only its users' devices run (<see cref="IsBuiltForUsersDevices"/>). Every install carries its constants,
    /// so a key in it is read by anyone who has the app. Servers, services, tools and plain libraries are not assumed
    /// to: their users say so with <c>concord.ships_to_users</c>.
    /// </summary>
    public static bool ShipsToItsUsers(Compilation compilation, AnalyzerOptions options) =>
        IsDesktopApp(compilation) || References(compilation, ClientAppAssemblyPrefixes) || References(compilation, HostedByUsersAssemblyPrefixes)
        || IsOneOf(compilation.AssemblyName, HostedByUsersAssemblyPrefixes) || IsBuiltForUsersDevices(options);

    // Runtime identifiers of systems that run on people's own devices (macOS, iOS, tvOS, Mac Catalyst, Android, a
    // browser): no team deploys its service to them. Windows and Linux run servers as well as desktops, so they say nothing.
    private static readonly string[] UsersDeviceRuntimes = { "osx", "ios", "iossimulator", "tvos", "tvossimulator", "maccatalyst", "android", "browser" };

    /// <summary>
    /// The project declares it is built for an operating system only its users' devices run: its
    /// <c>RuntimeIdentifiers</c> name macOS, iOS, Android or a browser (the package's build targets hand the list over as
    /// <c>build_property.ConcordRuntimeIdentifiers</c>, comma-separated). Found on real code: self-hosted media servers
    /// are published for every desktop system from one list in their Directory.Build.props, which their class libraries,
    /// where the keys sit, inherit. Only the list counts: a single <c>RuntimeIdentifier</c> may come from one developer's
    /// command line (<c>dotnet build -r osx-arm64</c>).
    /// </summary>
    public static bool IsBuiltForUsersDevices(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ConcordRuntimeIdentifiers", out var identifiers)
        && identifiers.Split(',', ';').Any(identifier => Array.IndexOf(UsersDeviceRuntimes, OperatingSystemOf(identifier)) >= 0);

    // The system part of a runtime identifier: "osx" in "osx-arm64", "osx.13" in the old versioned form "osx.13-arm64".
    private static string OperatingSystemOf(string identifier)
    {
        var system = identifier.Trim().ToLowerInvariant();
        var dash = system.IndexOf('-');
        system = dash < 0 ? system : system.Substring(0, dash);
        var dot = system.IndexOf('.');
        return dot < 0 ? system : system.Substring(0, dot);
    }

    /// <summary>
    /// A library written for tests (fixtures, Testcontainers or WireMock helpers): pointing at this machine is its job, and
    /// the keys it holds are made up or a test network's. Known by its assembly's name, by what it references, or by the
    /// folder it sits in: its own or one of the two above it named <c>test</c> or <c>tests</c>.
    /// </summary>
    public static bool IsTestSupport(Compilation compilation) =>
        HasNameWord(compilation, TestSupportNameWords)
        || References(compilation, TestSupportAssemblyPrefixes)
        || NearestFolders(compilation).Any(folder => Array.IndexOf(TestFolderWords, folder.ToLowerInvariant()) >= 0);

    // Aspire's app model: a program built on it is an app host, which orchestrates the system on its developer's machine.
    private static readonly string[] AppHostAssemblyPrefixes = { "Aspire.Hosting" };

    /// <summary>
    /// An Aspire app host: a program built on Aspire's app model (<c>IDistributedApplicationBuilder</c>). It runs where its
    /// developer runs it, starting the system's services, containers and dashboard on that machine, or writes a deployment
    /// manifest; its loopback addresses (the dashboard's OTLP endpoint, a container's published port) are that machine's,
    /// found on real code in Aspire's own samples. A deployed service never runs it.
    /// </summary>
    public static bool IsAppHost(Compilation compilation) =>
        compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
        && References(compilation, AppHostAssemblyPrefixes)
        && !References(compilation, TestSupportAssemblyPrefixes);

    /// <summary>
    /// A code generator, a template library, or a project template's content (its project folder or one of the two above
    /// it is named for a template): the loopback addresses it holds are text it writes out, or a new project's defaults.
    /// </summary>
    public static bool IsCodeGenerator(Compilation compilation) =>
        HasNameWord(compilation, GeneratorNameWords)
        || References(compilation, GeneratorAssemblyPrefixes)
        || NearestFolders(compilation).Any(folder => IdentifierWords.Split(folder).Any(word => Array.IndexOf(TemplateFolderWords, word) >= 0));

    private static bool HasNameWord(Compilation compilation, string[] words) =>
        compilation.AssemblyName is { } name && IdentifierWords.Split(name).Any(word => Array.IndexOf(words, word) >= 0);

    // The framework itself (a plugin host's own assembly) is loaded where its plugins are.
    private static bool IsOneOf(string? assemblyName, string[] frameworks) =>
        assemblyName is not null && Array.Exists(frameworks, framework => string.Equals(framework, assemblyName, StringComparison.OrdinalIgnoreCase));

    private static bool References(Compilation compilation, string[] prefixes) =>
        compilation.ReferencedAssemblyNames.Any(reference => prefixes.Any(prefix =>
            reference.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && (reference.Name.Length == prefix.Length || reference.Name[prefix.Length] == '.')));
}
