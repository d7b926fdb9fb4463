using System.Collections.Concurrent;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// Methods of the compilation that send one of their parameters as a JSON body: a generic wrapper such as
/// <c>Task Post&lt;T&gt;(string path, T body) =&gt; http.PostAsJsonAsync(path, body)</c>. A call of such a method is
/// read as the send itself, with the caller's argument as the body. Each method is read once per compilation.
/// </summary>
internal sealed class BodyForwarders
{
    private readonly ConcurrentDictionary<IMethodSymbol, Forward?> _byMethod = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, bool> _writesJsonSend = new();
    private readonly KnownSymbols _symbols;

    public BodyForwarders(KnownSymbols symbols) => _symbols = symbols;

    /// <summary>How <paramref name="method"/> forwards a body, or null when it does not.</summary>
    public Forward? Of(IMethodSymbol method, Compilation compilation) =>
        _byMethod.GetOrAdd(method.OriginalDefinition, m => Read(m, compilation));

    private Forward? Read(IMethodSymbol method, Compilation compilation)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.Parameters.Length == 0 || _symbols.HttpClientJsonExtensions is null)
        {
            return null;
        }

        // Only a file that writes a JSON send can hold a forwarder: its text is searched once, not each method's syntax.
        var reference = method.DeclaringSyntaxReferences[0];
        if (!_writesJsonSend.GetOrAdd(reference.SyntaxTree, static tree => tree.GetText().ToString().IndexOf("AsJsonAsync", System.StringComparison.Ordinal) >= 0))
        {
            return null;
        }

        var declaration = reference.GetSyntax();
        if (declaration is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax) || !compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return null;
        }

        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
        foreach (var call in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" }
                || model.GetOperation(call) is not IInvocationOperation send
                || !SymbolEqualityComparer.Default.Equals(send.TargetMethod.ContainingType, _symbols.HttpClientJsonExtensions))
            {
                continue;
            }

            var body = send.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
            if (body is null || ValueOrigins.Unwrap(body) is not IParameterReferenceOperation { Parameter: var bodyParameter }
                || !SymbolEqualityComparer.Default.Equals(bodyParameter.ContainingSymbol, method))
            {
                continue;
            }

            var url = send.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
            var urlParameter = url is not null && ValueOrigins.Unwrap(url) is IParameterReferenceOperation { Parameter: var p }
                && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method) ? p.Ordinal : -1;
            return new Forward(bodyParameter.Ordinal, urlParameter, send.TargetMethod.Name);
        }

        return null;
    }

    /// <summary>The forwarded body's parameter position, the URL's (-1 when the method builds the URL itself), and the send method.</summary>
    internal sealed class Forward
    {
        public Forward(int bodyOrdinal, int urlOrdinal, string sendMethod)
        {
            BodyOrdinal = bodyOrdinal;
            UrlOrdinal = urlOrdinal;
            SendMethod = sendMethod;
        }

        public int BodyOrdinal { get; }

        public int UrlOrdinal { get; }

        public string SendMethod { get; }
    }
}
