using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Concord.Analyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>Reads the call model straight from a compiled source: the calls its sends make, its registrations, its Refit methods.</summary>
internal static class CallModelRun
{
    /// <summary>The Refit attributes the model reads, declared here so the tests need no package.</summary>
    public const string RefitAttributes = """
        namespace Refit
        {
            using System;

            public enum CollectionFormat { RefitParameterFormatter, Csv, Ssv, Tsv, Pipes, Multi }

            [AttributeUsage(AttributeTargets.Method)] public sealed class GetAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public sealed class PostAttribute(string path) : Attribute { }
            [AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface)] public sealed class HeadersAttribute(params string[] headers) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderAttribute(string header) : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class HeaderCollectionAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class AuthorizeAttribute(string scheme = "Bearer") : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter)] public sealed class BodyAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Method)] public sealed class MultipartAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
            public sealed class QueryAttribute : Attribute
            {
                public QueryAttribute() { }
                public QueryAttribute(string delimiter) { }
                public QueryAttribute(string delimiter, string prefix) { }
                public QueryAttribute(CollectionFormat collectionFormat) { }
                public string? Prefix { get; set; }
                public CollectionFormat CollectionFormat { get; set; }
            }
            [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)] public sealed class AliasAsAttribute(string name) : Attribute { }
        }
        """;

    public static Compilation Compile(params string[] sources)
    {
        var compilation = CorpusCompilations.OfSources("CallModel", sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join('\n', errors));
        return compilation;
    }

    /// <summary>Every send of the first source, in source order.</summary>
    public static List<HttpCall> Calls(params string[] sources)
    {
        var compilation = Compile(sources);
        var symbols = CallSymbols.From(compilation);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(node => model.GetOperation(node) as IInvocationOperation)
            .Where(invocation => invocation is not null && HttpCallReader.IsCandidateName(invocation.TargetMethod.Name))
            .Select(invocation => HttpCallReader.Read(invocation!, symbols))
            .OfType<HttpCall>()
            .ToList();
    }

    public static HttpCall SingleCall(params string[] sources) => Assert.Single(Calls(sources));

    /// <summary>Every client registration of the first source.</summary>
    public static List<ClientRegistration> Registrations(string source)
    {
        var compilation = Compile(source);
        var symbols = CallSymbols.From(compilation);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(node => model.GetOperation(node) as IInvocationOperation)
            .Where(invocation => invocation is not null && ClientRegistrationReader.IsCandidateName(invocation.TargetMethod.Name))
            .Select(invocation => ClientRegistrationReader.Read(invocation!, symbols))
            .OfType<ClientRegistration>()
            .ToList();
    }

    /// <summary>The call a Refit interface method of the source declares.</summary>
    public static HttpCall RefitCall(string source, string interfaceName, string method)
    {
        var compilation = Compile(source, RefitAttributes);
        var type = compilation.GetSymbolsWithName(interfaceName, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var symbol = type.GetMembers(method).OfType<IMethodSymbol>().Single();
        return RefitCallReader.Read(symbol, KnownSymbols.From(compilation)) ?? throw new InvalidOperationException($"{method} is not a Refit call");
    }

    public static string[] QueryNames(HttpCall call) => call.Query.Parameters.Select(p => p.Name).ToArray();
}
