using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Calls.Providers;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Rules;

public sealed partial class CredentialInQueryStringAnalyzer
{
    /// <summary>What every check of one compilation shares, and each type's findings until the compilation ends.</summary>
    private sealed class Site
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFindings> _types = new(SymbolEqualityComparer.Default);

        public Site(CallSymbols calls, bool isTestProject, DocumentedQueryKeys documented)
        {
            Calls = calls;
            IsTestProject = isTestProject;
            Documented = documented;
        }

        public CallSymbols Calls { get; }

        public KnownSymbols Symbols => Calls.Known;

        public bool IsTestProject { get; }

        public DocumentedQueryKeys Documented { get; }

        /// <summary>
        /// The findings of the type <paramref name="containingSymbol"/> is (or is in), made when the type's first
        /// candidate is read; null for code in no type (an assembly attribute).
        /// </summary>
        public TypeFindings? FindingsIn(ISymbol containingSymbol) =>
            (containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType) is { } type
                ? _types.GetOrAdd(type, static key => new TypeFindings(key))
                : null;

        /// <summary>One warning per type, credential and parameter, at the end of the compilation.</summary>
        public void ReportTo(Action<Diagnostic> report, RequestedUrls requested)
        {
            foreach (var type in _types)
            {
                type.Value.Sends.ReportTo(report, Rule, type.Key.Name, requested);
            }
        }
    }

    /// <summary>One type's credentials sent in a query, and the provider hosts its code names (read once).</summary>
    private sealed class TypeFindings
    {
        private readonly INamedTypeSymbol _type;
        private IReadOnlyList<string>? _hosts;

        public TypeFindings(INamedTypeSymbol type) => _type = type;

        public QueryCredentialSends Sends { get; } = new();

        /// <summary>What the code says about the provider the URL at <paramref name="at"/> goes to.</summary>
        public ProviderClues CluesFor(string? urlText, SyntaxNode at, SemanticModel? model, ISymbol? containingSymbol, CancellationToken cancellationToken) =>
            ProviderClues.Of(urlText, at, model, containingSymbol, () => _hosts ??= ProviderClues.HostsWrittenIn(_type, cancellationToken));
    }
}
