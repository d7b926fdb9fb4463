using System.Collections.Immutable;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Concord.Analyzers.Tests.Verification;

/// <summary>What test sources compile against: the net10.0 reference pack plus the ASP.NET Core (MVC, minimal API results, Blazor, JS interop) and configuration assemblies.</summary>
internal static class TestReferences
{
    public static ReferenceAssemblies Net10 { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    public static ImmutableArray<MetadataReference> Extensions { get; } = new[]
    {
        typeof(IConfiguration).Assembly,
        typeof(ConfigurationBinder).Assembly,
        typeof(ConfigurationManager).Assembly,
        typeof(IHostEnvironment).Assembly,
        typeof(HostEnvironmentEnvExtensions).Assembly,
        typeof(WebApplication).Assembly,
        typeof(Microsoft.AspNetCore.Hosting.IWebHostEnvironment).Assembly,
        typeof(Microsoft.Extensions.Options.IOptions<>).Assembly,
        typeof(Microsoft.Extensions.Primitives.StringValues).Assembly,
        typeof(Microsoft.AspNetCore.WebUtilities.QueryHelpers).Assembly,
        typeof(Microsoft.AspNetCore.Http.QueryString).Assembly,
        typeof(Microsoft.AspNetCore.Http.Extensions.QueryBuilder).Assembly,
        typeof(Microsoft.AspNetCore.Mvc.ControllerBase).Assembly,
        typeof(Microsoft.AspNetCore.Mvc.IActionResult).Assembly,
        typeof(Microsoft.AspNetCore.Http.Results).Assembly,
        typeof(Microsoft.AspNetCore.Http.IResult).Assembly,
        typeof(Microsoft.AspNetCore.Components.NavigationManager).Assembly,
        typeof(Microsoft.JSInterop.IJSRuntime).Assembly,
    }.Distinct().Select(assembly => (MetadataReference)MetadataReference.CreateFromFile(assembly.Location)).ToImmutableArray();

    /// <summary>
    /// An empty assembly named <paramref name="name"/>: the rules judge a project by the names of what it references (a
    /// desktop framework, Aspire's app model), so an empty assembly of that name stands for the package.
    /// </summary>
    public static MetadataReference AssemblyNamed(string name) =>
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(name, options: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .ToMetadataReference();
}
