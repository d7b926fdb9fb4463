using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Reads an <see cref="HttpCall"/> from an invocation of HttpClient's send methods
/// (<c>GetAsync</c> … <c>SendAsync</c>, <c>GetStringAsync</c>, …) or of the JSON extensions
/// (<c>GetFromJsonAsync</c>, <c>PostAsJsonAsync</c>, …).
/// </summary>
internal static class HttpCallReader
{
    /// <summary>Cheap first test, before any symbol is looked at.</summary>
    public static bool IsCandidateName(string name) => name switch
    {
        "GetAsync" or "PostAsync" or "PutAsync" or "PatchAsync" or "DeleteAsync" or "SendAsync"
            or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync"
            or "GetFromJsonAsync" or "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync"
            or "DeleteFromJsonAsync" or "GetFromJsonAsAsyncEnumerable" => true,
        _ => false,
    };

    public static HttpCall? Read(IInvocationOperation invocation, CallSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (!IsCandidateName(method.Name))
        {
            return null;
        }

        IOperation? client;
        if (symbols.HttpClientJsonExtensions is not null
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.HttpClientJsonExtensions))
        {
            client = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
            if (!symbols.IsHttpClient(client is null ? null : ValueOrigins.Unwrap(client).Type))
            {
                return null;
            }
        }
        else if (symbols.IsHttpClient(method.ContainingType))
        {
            client = invocation.Instance;
        }
        else
        {
            return null;
        }

        var identity = ClientIdentities.Of(client, symbols);
        if (method.Name == "SendAsync")
        {
            return FromRequestMessage(invocation, identity, symbols);
        }

        var url = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri" && !a.IsImplicit)?.Value;
        return Create(MethodFromName(method.Name), url, identity, invocation, symbols);
    }

    /// <summary><c>GetFromJsonAsync</c> → GET, <c>PostAsJsonAsync</c> → POST, <c>DeleteFromJsonAsync</c> → DELETE.</summary>
    public static string? MethodFromName(string name) =>
        name.StartsWith("Get", System.StringComparison.Ordinal) ? "GET"
        : name.StartsWith("Post", System.StringComparison.Ordinal) ? "POST"
        : name.StartsWith("Put", System.StringComparison.Ordinal) ? "PUT"
        : name.StartsWith("Patch", System.StringComparison.Ordinal) ? "PATCH"
        : name.StartsWith("Delete", System.StringComparison.Ordinal) ? "DELETE"
        : null;

    /// <summary><c>HttpMethod.Post</c> → POST, <c>new HttpMethod("PATCH")</c> → PATCH, <c>HttpMethod.Parse("get")</c> → GET.</summary>
    public static string? MethodOf(IOperation? method)
    {
        if (method is null)
        {
            return null;
        }

        method = ValueOrigins.Unwrap(method);
        return method switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "HttpMethod" } property } => property.Name.ToUpperInvariant(),
            IObjectCreationOperation { Type.Name: "HttpMethod", Arguments.Length: 1 } creation
                when creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string verb } => verb.ToUpperInvariant(),
            IInvocationOperation { TargetMethod: { Name: "Parse", ContainingType.Name: "HttpMethod" }, Arguments.Length: 1 } parse
                when parse.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string parsed } => parsed.ToUpperInvariant(),
            _ => null,
        };
    }

    private static HttpCall Create(string? method, IOperation? url, ClientIdentity client, IOperation fallbackAnchor, CallSymbols symbols)
    {
        var location = (url?.Syntax ?? fallbackAnchor.Syntax).GetLocation();
        return new HttpCall(method, UrlTemplates.Of(url, symbols), client, location);
    }

    /// <summary>
    /// <c>SendAsync(request)</c>: the method and URL of the <c>new HttpRequestMessage(…)</c> sent, given in the
    /// constructor, an object initializer, or assignments to the local that holds it.
    /// </summary>
    private static HttpCall FromRequestMessage(IInvocationOperation send, ClientIdentity client, CallSymbols symbols)
    {
        var request = send.Arguments.FirstOrDefault(a => a.Parameter?.Name == "request")?.Value;
        if (request is null)
        {
            return Create(null, null, client, send, symbols);
        }

        request = ValueOrigins.Unwrap(request);
        var local = request as ILocalReferenceOperation;
        if (local is not null && SingleAssignments.ValueOf(local) is { } initializer)
        {
            request = ValueOrigins.Unwrap(initializer);
        }

        if (request is not IObjectCreationOperation creation || !KnownSymbols.IsOrDerivesFrom(creation.Type, symbols.HttpRequestMessage))
        {
            return Create(null, null, client, send, symbols);
        }

        var method = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
        var url = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
        foreach (var element in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                switch (property.Property.Name)
                {
                    case "Method":
                        method = assignment.Value;
                        break;
                    case "RequestUri":
                        url = assignment.Value;
                        break;
                }
            }
        }

        if (local is not null)
        {
            foreach (var (name, value) in MemberAssignments(local, send))
            {
                if (name == "Method")
                {
                    method = value;
                }
                else if (name == "RequestUri")
                {
                    url = value;
                }
            }
        }

        return Create(MethodOf(method), url, client, send, symbols);
    }

    /// <summary><c>request.Method = HttpMethod.Put;</c> and <c>request.RequestUri = new Uri(…);</c> in the block that declares the local.</summary>
    private static System.Collections.Generic.IEnumerable<(string Name, IOperation Value)> MemberAssignments(ILocalReferenceOperation local, IOperation anchor)
    {
        var model = anchor.SemanticModel;
        var declaration = local.Local.DeclaringSyntaxReferences.FirstOrDefault();
        if (model is null || declaration is null || declaration.SyntaxTree != model.SyntaxTree)
        {
            yield break;
        }

        var scope = declaration.GetSyntax().FirstAncestorOrSelf<BlockSyntax>();
        if (scope is null)
        {
            yield break;
        }

        foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name.Identifier.ValueText: "Method" or "RequestUri" } access
                && target.Identifier.ValueText == local.Local.Name
                && model.GetOperation(assignment.Right) is { } value)
            {
                yield return (access.Name.Identifier.ValueText, value);
            }
        }
    }
}
