using System.Runtime.CompilerServices;
using Concord.Analyzers.Calls;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Semantics;

/// <summary>The framework types Concord's rules look for, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    // Every rule starts by asking for these: one set per compilation, shared, rather than one per rule.
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> PerCompilation = new();

    private KnownSymbols(Compilation compilation)
    {
        SeesRefit = RefitAttributes.AreVisibleIn(compilation);
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        JsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
        StringContent = compilation.GetTypeByMetadataName("System.Net.Http.StringContent");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        HttpHeaders = compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
        AuthenticationHeaderValue = compilation.GetTypeByMetadataName("System.Net.Http.Headers.AuthenticationHeaderValue");
        JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        NewtonsoftJsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
        JsonPropertyNameAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyNameAttribute");
        NewtonsoftJsonPropertyAttribute = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonPropertyAttribute");
        Configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        ConfigurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        Environment = compilation.GetTypeByMetadataName("System.Environment");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
    }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? HttpClientJsonExtensions { get; }

    public INamedTypeSymbol? JsonContent { get; }

    public INamedTypeSymbol? StringContent { get; }

    public INamedTypeSymbol? HttpRequestMessage { get; }

    public INamedTypeSymbol? HttpHeaders { get; }

    public INamedTypeSymbol? AuthenticationHeaderValue { get; }

    public INamedTypeSymbol? JsonSerializer { get; }

    public INamedTypeSymbol? NewtonsoftJsonConvert { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

    public INamedTypeSymbol? NewtonsoftJsonPropertyAttribute { get; }

    public INamedTypeSymbol? Configuration { get; }

    public INamedTypeSymbol? ConfigurationBinder { get; }

    public INamedTypeSymbol? Environment { get; }

    public INamedTypeSymbol? Uri { get; }

    /// <summary>
    /// True when the compilation can see a <c>Refit</c> namespace. Without one no method carries Refit's attributes,
    /// and the rules leave every interface method's attributes unread.
    /// </summary>
    public bool SeesRefit { get; }

    public static KnownSymbols From(Compilation compilation) => PerCompilation.GetValue(compilation, c => new KnownSymbols(c));

    /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        if (expected is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for <c>IConfiguration</c> and everything that implements it (sections, roots, managers).</summary>
    public bool IsConfiguration(ITypeSymbol? type)
    {
        if (Configuration is null || type is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, Configuration))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, Configuration))
            {
                return true;
            }
        }

        return false;
    }
}
