using System.Collections.Generic;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Where a URL goes when it is built in a URL or query builder (<c>NameValueCollection</c> from
/// <c>HttpUtility.ParseQueryString</c>, ASP.NET Core's <c>QueryBuilder</c>, <c>UriBuilder</c>) held in a local or a
/// parameter: the builder itself goes nowhere, the text read from it does (<c>query.ToString()</c>,
/// <c>builder.Uri</c>), and that text is followed like any URL. A builder that is passed on, stored, or shared
/// with anything else is handed on. Seen on real code: a media server added its key to a query collection whose
/// text became the URL of a playlist entry returned to the playlist's writer.
/// </summary>
internal sealed partial class UrlExits
{
    /// <summary><c>query.Add("apikey", key)</c> and the like: where the builder's text goes; a URL-typed result is followed itself.</summary>
    public static UrlExits OfBuilder(IInvocationOperation added, ISymbol? containingSymbol)
    {
        if (IsStringOrUri(added.Type))
        {
            return Of(added, containingSymbol);
        }

        // A dictionary of query entries: where the URL made from it goes (UrlExits.QueryCollections).
        if (IsQueryCollectionEntry(added))
        {
            return OfQueryCollection(added, containingSymbol);
        }

        if (added.Type?.SpecialType != SpecialType.System_Void || !IsUrlBuilder(added.Instance?.Type))
        {
            return HandedOn;
        }

        var sinks = new List<ISymbol>();
        return Builder(added.Instance!, containingSymbol, sinks, MaxLocals) ? HandedOn : new UrlExits(false, sinks);
    }

    // True when the builder (a local or a parameter) is handed on; otherwise the sinks of the text read from it are added.
    // fromCaller: a parameter reached from the one caller being walked, whose other uses that walk reads itself.
    private static bool Builder(IOperation holder, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft, bool fromCaller = false)
    {
        if (localsLeft <= 0)
        {
            return true;
        }

        ISymbol symbol;
        switch (holder)
        {
            case ILocalReferenceOperation { Local.RefKind: RefKind.None } local:
                symbol = local.Local;
                break;

            // A parameter's builder comes from the caller, who may read it after the call: RequestedUrls counts the
            // parameter as read unless every caller passes a builder made for the call (new UriBuilder(…)).
            case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, ContainingSymbol: IMethodSymbol method } parameter } when OwnCode.HasOwnBody(method, containingSymbol):
                symbol = parameter;
                if (!fromCaller)
                {
                    sinks.Add(parameter);
                }

                break;
            default:
                return true; // a field, this, an element: shared with code not in sight
        }

        var body = holder;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var descendant in body.Descendants())
        {
            if (!IsReferenceTo(descendant, symbol))
            {
                continue;
            }

            if (descendant.Parent is IDeclarationExpressionOperation)
            {
                return true; // out var: written by a call
            }

            if (descendant.Parent is ISimpleAssignmentOperation assignment && assignment.Target == descendant)
            {
                if (!IsNewBuilder(assignment.Value))
                {
                    return true; // another builder, perhaps shared
                }

                continue;
            }

            if (IsBuilderRead(descendant, containingSymbol, sinks, localsLeft) is { } handedOn)
            {
                if (handedOn)
                {
                    return true;
                }

                continue;
            }

            return true;
        }

        // A local's builder must be made here, not taken from elsewhere.
        return symbol is ILocalSymbol && !LocalIsMadeHere(body, (ILocalSymbol)symbol);
    }

    // null: not a read this knows; true: handed on; false: followed, sinks added.
    private static bool? IsBuilderRead(IOperation reference, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft)
    {
        switch (reference.Parent)
        {
            // query.ToString(), query.ToQueryString(), builder.ToString(): the URL's text.
            case IInvocationOperation call when call.Instance == reference:
                if (call.TargetMethod.Name is "ToString" or "ToQueryString" or "ToUriComponent")
                {
                    return Follow(call, containingSymbol, sinks, localsLeft - 1);
                }

                // query.Add(…), query.Remove(…), query.Set(…): building; query.Get("page"): one value, not the URL.
                return call.Type?.SpecialType is SpecialType.System_Void or SpecialType.System_Boolean or SpecialType.System_String or SpecialType.System_Int32
                    ? false
                    : null;

            case IPropertyReferenceOperation property when property.Instance == reference:
                if (property.Property.Name is "Uri" or "Query" && !property.Property.IsIndexer)
                {
                    return property.Parent is IAssignmentOperation assigned && assigned.Target == property
                        ? false // builder.Query = …: what is put there is judged where it is built
                        : Follow(property, containingSymbol, sinks, localsLeft - 1);
                }

                // builder.Path, builder.Host, query.Count, query["page"]: parts and values, read or set.
                return false;

            // RequestToken(query), a method of the compilation given the builder: what it does with its parameter
            // decides. A builder is no text, so no flow at the end of the compilation carries it: it is followed here.
            case IArgumentOperation { Parameter: { RefKind: RefKind.None } parameter, Parent: IInvocationOperation invocation }
                when OwnCode.HasOwnBody(invocation.TargetMethod, containingSymbol):
                return IntoMethod(invocation.TargetMethod, parameter, reference.SemanticModel!.Compilation, sinks, localsLeft - 1);
            default:
                return null;
        }
    }

    // The builder given to a method's parameter: its uses there, as a builder of its own; a parameter never read is a dead end.
    private static bool IntoMethod(IMethodSymbol method, IParameterSymbol parameter, Compilation compilation, List<ISymbol> sinks, int localsLeft)
    {
        var declared = RequestedUrls.Declared(parameter, method);
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (localsLeft <= 0 || BodyOf(definition, compilation) is not { } body)
        {
            return true;
        }

        foreach (var descendant in body.Descendants())
        {
            if (IsReferenceTo(descendant, declared))
            {
                return Builder(descendant, definition, sinks, localsLeft, fromCaller: true);
            }
        }

        return false;
    }

    /// <summary>A URL stored into a builder's part (<c>builder.Query = query.ToString()</c>): where the builder's text goes.</summary>
    private static bool StoredInBuilder(IPropertyReferenceOperation part, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft) =>
        part.Instance is null || Builder(part.Instance, containingSymbol, sinks, localsLeft - 1);

    private static bool IsReferenceTo(IOperation operation, ISymbol symbol) => operation switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
        _ => false,
    };

    private static bool LocalIsMadeHere(IOperation body, ILocalSymbol local)
    {
        foreach (var descendant in body.Descendants())
        {
            if (descendant is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                var initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                return initializer is null || IsNewBuilder(initializer);
            }
        }

        return false;
    }

    // new UriBuilder(url), new QueryBuilder(), HttpUtility.ParseQueryString(text): a builder no one else holds.
    private static bool IsNewBuilder(IOperation value)
    {
        value = ValueOrigins.Unwrap(value);
        return value is IObjectCreationOperation
            || value is IInvocationOperation { TargetMethod: { Name: "ParseQueryString", IsStatic: true } };
    }

    // The body of a method or constructor of the compilation, as operations; null when it has none there, or several parts.
    private static IOperation? BodyOf(IMethodSymbol method, Compilation compilation)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        return compilation.ContainsSyntaxTree(syntax.SyntaxTree) ? compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax) : null;
    }

    /// <summary>The builders whose text is the URL: a query collection, ASP.NET Core's QueryBuilder, UriBuilder.</summary>
    public static bool IsUrlBuilder(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "NameValueCollection", ContainingNamespace.Name: "Specialized" }
                || current is { Name: "QueryBuilder", ContainingNamespace.Name: "Extensions" }
                || current is { Name: "UriBuilder", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}
