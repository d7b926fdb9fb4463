using System.Runtime.CompilerServices;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>The HTTP client types the call model looks for, resolved once per compilation.</summary>
internal sealed class CallSymbols
{
    private static readonly ConditionalWeakTable<Compilation, CallSymbols> PerCompilation = new();

    private CallSymbols(Compilation compilation)
    {
        Known = KnownSymbols.From(compilation);
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        HttpMethod = compilation.GetTypeByMetadataName("System.Net.Http.HttpMethod");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
    }

    public KnownSymbols Known { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? HttpClientJsonExtensions { get; }

    public INamedTypeSymbol? HttpRequestMessage { get; }

    public INamedTypeSymbol? HttpMethod { get; }

    public INamedTypeSymbol? Uri { get; }

    public static CallSymbols From(Compilation compilation) => PerCompilation.GetValue(compilation, c => new CallSymbols(c));

    public bool IsHttpClient(ITypeSymbol? type) => KnownSymbols.IsOrDerivesFrom(type, HttpClient);

    public bool IsUri(ITypeSymbol? type) => Uri is not null && SymbolEqualityComparer.Default.Equals(type, Uri);

    /// <summary>True when <paramref name="type"/> has an instance constructor that takes an HttpClient: a typed client.</summary>
    public bool IsTypedClient(INamedTypeSymbol? type)
    {
        if (type is null || HttpClient is null)
        {
            return false;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (IsHttpClient(parameter.Type))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
