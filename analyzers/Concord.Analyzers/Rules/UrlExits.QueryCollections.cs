using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Where a query collection goes that is not itself a URL builder: a dictionary of query parameters
/// (<c>new Dictionary&lt;string, string&gt; { { "t", token } }</c>, <c>query.Add("auth", password)</c>). The
/// collection is followed to the text made from it — <c>QueryHelpers.AddQueryString(url, query)</c>,
/// <c>QueryString.Create(query)</c>, <c>string.Join("&amp;", query.Select(…))</c>, a <c>StringBuilder</c> filled in a
/// loop over it, or a method of the compilation that does one of those — and that text is followed like any URL.
/// A collection given to a library's call, stored, returned, or used in any way not followed here is handed on, as
/// before. Seen on real code: a CMS put a recovery token into a dictionary whose URL only went into an e-mail's
/// template, and a proxy client filled a dictionary (also through <c>ref</c> helpers) that became a share link
/// returned to its UI; both were taken for requests because the dictionary was passed to a call.
/// </summary>
internal sealed partial class UrlExits
{
    // How many collections, helpers and callers a query collection may pass through before it counts as handed on.
    private const int MaxCollectionSteps = 6;

    /// <summary><c>query.Add("auth", password)</c> on a collection that is no URL builder (a dictionary): where its text goes.</summary>
    private static UrlExits OfQueryCollection(IInvocationOperation added, ISymbol? containingSymbol)
    {
        var walk = new CollectionWalk(added.SemanticModel!.Compilation);
        return walk.Added(added.Instance!, containingSymbol) ? HandedOn : new UrlExits(false, walk.Sinks);
    }

    // An Add on a collection that is not a URL builder: a dictionary or list of query entries.
    private static bool IsQueryCollectionEntry(IInvocationOperation added) =>
        added.Instance is { Type: { } type } && !IsUrlBuilder(type) && IsCollection(type)
        && added.Type?.SpecialType is SpecialType.System_Void or SpecialType.System_Boolean;

    // Any enumerable but a string (which enumerates its characters).
    private static bool IsCollection(ITypeSymbol? type) =>
        type is not null && type.SpecialType != SpecialType.System_String
        && (type.SpecialType == SpecialType.System_Collections_IEnumerable
            || type.AllInterfaces.Any(contract => contract.SpecialType == SpecialType.System_Collections_IEnumerable));

    /// <summary>One question "is this collection handed on?", with the sinks of the text made from it and the helpers already read.</summary>
    private sealed class CollectionWalk(Compilation compilation)
    {
        private readonly HashSet<ISymbol> _seen = new(SymbolEqualityComparer.Default);
        private int _stepsLeft = MaxCollectionSteps;

        public List<ISymbol> Sinks { get; } = new();

        // The collection an Add is called on: one being initialized, a local, or a parameter.
        public bool Added(IOperation instance, ISymbol? containingSymbol)
        {
            switch (instance)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                    for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IObjectCreationOperation creation)
                        {
                            return Goes(creation, containingSymbol);
                        }
                    }

                    return true;
                case ILocalReferenceOperation { Local.RefKind: RefKind.None } local:
                    return Uses(RootOf(local), local.Local, containingSymbol);

                // A helper that fills its caller's collection (Fill(item, ref query)): its own uses and its callers'.
                case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol method } parameter }
                    when OwnCode.HasOwnBody(method, containingSymbol):
                    _seen.Add(parameter);
                    return Uses(RootOf(instance), parameter, containingSymbol) || Callers(method, parameter);
                default:
                    return true; // a field, an element: shared with code not in sight
            }
        }

        // Every read of the collection's local or parameter in its method: handed on if any is.
        private bool Uses(IOperation body, ISymbol holder, ISymbol? containingSymbol)
        {
            if (--_stepsLeft < 0)
            {
                return true;
            }

            foreach (var descendant in body.Descendants())
            {
                if (!IsReferenceTo(descendant, holder))
                {
                    continue;
                }

                if (descendant.Parent is ISimpleAssignmentOperation assignment && assignment.Target == descendant)
                {
                    if (ValueOrigins.Unwrap(assignment.Value) is IObjectCreationOperation)
                    {
                        continue; // query = new Dictionary<…>(): a new collection, built here
                    }

                    return true;
                }

                if (Goes(descendant, containingSymbol))
                {
                    return true;
                }
            }

            return false;
        }

        // Where one read of the collection goes: true when handed on.
        private bool Goes(IOperation collection, ISymbol? containingSymbol)
        {
            var operation = collection;
            while (operation.Parent is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation.Parent;
            }

            switch (operation.Parent)
            {
                // query.Add(…), query.ContainsKey(…), query.Remove(…), query.GetValueOrDefault(…): building, asking, one
                // value. Its text (ToString) or an enumerator walked by hand is not followed.
                case IInvocationOperation call when call.Instance == operation:
                    return IsCollection(call.Type) ? Goes(call, containingSymbol) : call.TargetMethod.Name is "ToString" or "GetEnumerator";
                // query["page"] = …, query.Count; query.Keys and query.Values are the collection again.
                case IPropertyReferenceOperation property when property.Instance == operation:
                    return !property.Property.IsIndexer && IsCollection(property.Type) && Goes(property, containingSymbol);
                case IArgumentOperation argument:
                    return Argument(argument, containingSymbol);
                case IForEachLoopOperation loop when loop.Collection == operation:
                    return Loop(loop, containingSymbol);
                case IBinaryOperation or IIsPatternOperation or IIsTypeOperation:
                    return false; // query != null: a question
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return Uses(RootOf(declarator), declarator.Symbol, containingSymbol);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == operation:
                    return Uses(RootOf(local), local.Local, containingSymbol);
                default:
                    return true; // returned, stored, passed on in a way not followed: handed on
            }
        }

        // The collection given to a call or a constructor.
        private bool Argument(IArgumentOperation argument, ISymbol? containingSymbol)
        {
            switch (argument.Parent)
            {
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;

                    // A method of the compilation with a body of its own (ToUri(…, query), Fill(item, ref query)):
                    // what it does with its parameter decides; its returned URL is followed from its return.
                    if (argument.Parameter is { } parameter && OwnCode.HasOwnBody(method, containingSymbol))
                    {
                        // Already being judged: this use adds nothing. A body that cannot be read is not in sight.
                        var declared = RequestedUrls.Declared(parameter, method);
                        return _seen.Add(declared) && (BodyOf(method) is not { } body || Uses(body, declared, method));
                    }

                    // string.Join("&", query.Select(…)), string.Concat(…): the text made from the collection.
                    if (method.ContainingType?.SpecialType == SpecialType.System_String)
                    {
                        return IsStringOrUri(invocation.Type) ? Follow(invocation, containingSymbol, Sinks, MaxLocals) : false;
                    }

                    // query.Select(…), .ToArray(), .Where(…): the collection again; query.Any(), query.First(): a value.
                    if (method.ContainingType is { Name: "Enumerable", ContainingNamespace.Name: "Linq" })
                    {
                        return IsCollection(invocation.Type) ? Goes(invocation, containingSymbol)
                            : IsStringOrUri(invocation.Type) && Follow(invocation, containingSymbol, Sinks, MaxLocals);
                    }

                    // QueryString.Create(query): the query's text, where its text goes.
                    if (method.ContainingType is { Name: "QueryString" } && invocation.Type is { Name: "QueryString" })
                    {
                        return QueryStringGoes(invocation, containingSymbol);
                    }

                    // QueryHelpers.AddQueryString(url, query), a library's helper named for a URL or its query: the URL.
                    return !IsUrlTransform(invocation) || Follow(invocation, containingSymbol, Sinks, MaxLocals);

                // new FormUrlEncodedContent(query): the entries are a form body, not a URL's query.
                case IObjectCreationOperation { Type.Name: "FormUrlEncodedContent" }:
                    return false;
                case IObjectCreationOperation { Constructor: { } constructor } when argument.Parameter is { } constructorParameter
                    && OwnCode.HasOwnBody(constructor, containingSymbol):
                    var declaredParameter = RequestedUrls.Declared(constructorParameter, constructor);
                    return _seen.Add(declaredParameter) && (BodyOf(constructor) is not { } constructorBody || Uses(constructorBody, declaredParameter, constructor));
                default:
                    return true;
            }
        }

        // QueryString.Create(query).ToString(), .Value, .ToUriComponent(): the text; anything else is handed on.
        private bool QueryStringGoes(IInvocationOperation created, ISymbol? containingSymbol) => created.Parent switch
        {
            IInvocationOperation { TargetMethod.Name: "ToString" or "ToUriComponent" } call when call.Instance == created => Follow(call, containingSymbol, Sinks, MaxLocals),
            IPropertyReferenceOperation { Property.Name: "Value" } value when value.Instance == created => Follow(value, containingSymbol, Sinks, MaxLocals),
            _ => true,
        };

        /// <summary>
        /// <c>foreach (var entry in query) text.Append(entry.Key).Append('=').Append(entry.Value);</c>: the entries go
        /// into builders of text held in locals, and those builders' text is followed. An entry used any other way
        /// (passed to a call, stored) is handed on.
        /// </summary>
        private bool Loop(IForEachLoopOperation loop, ISymbol? containingSymbol)
        {
            var builders = new List<ILocalSymbol>();
            foreach (var reference in loop.Body.Descendants().OfType<ILocalReferenceOperation>())
            {
                if (!loop.Locals.Contains(reference.Local, SymbolEqualityComparer.Default))
                {
                    continue;
                }

                if (AppendedTo(reference) is not { } builder)
                {
                    return true;
                }

                if (!builders.Contains(builder, SymbolEqualityComparer.Default))
                {
                    builders.Add(builder);
                }
            }

            var body = RootOf(loop);
            return builders.Any(builder => TextBuilderGoes(body, builder, containingSymbol));
        }

        // The StringBuilder local an entry's part is appended to (text.Append(entry.Key), text.Append($"{entry.Key}=")), or null.
        private static ILocalSymbol? AppendedTo(IOperation reference)
        {
            for (var node = reference.Parent; node is not null && node is not IExpressionStatementOperation and not IBlockOperation; node = node.Parent)
            {
                if (node is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Append" or "AppendFormat" or "AppendJoin" } append })
                {
                    var receiver = append.Instance;
                    while (receiver is IInvocationOperation { TargetMethod.Name: "Append" or "AppendFormat" or "AppendJoin" } chained)
                    {
                        receiver = chained.Instance;
                    }

                    return receiver is ILocalReferenceOperation { Type.Name: "StringBuilder", Local.RefKind: RefKind.None } local ? local.Local : null;
                }

                // Uri.EscapeDataString(entry.Value), Utils.UrlEncode(entry.Value): still the entry's text.
                if (node is IInvocationOperation transform && IsUrlTransform(transform) && transform.Instance is null)
                {
                    continue;
                }

                if (node is IInvocationOperation or IObjectCreationOperation or IAssignmentOperation or IAnonymousFunctionOperation)
                {
                    return null; // given to something else first
                }
            }

            return null;
        }

        // Where a StringBuilder's text goes: text.ToString() is followed; appending and asking its length are building.
        private bool TextBuilderGoes(IOperation body, ILocalSymbol builder, ISymbol? containingSymbol)
        {
            foreach (var reference in body.Descendants().OfType<ILocalReferenceOperation>())
            {
                if (!SymbolEqualityComparer.Default.Equals(reference.Local, builder))
                {
                    continue;
                }

                switch (reference.Parent)
                {
                    case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                        if (ValueOrigins.Unwrap(assignment.Value) is not IObjectCreationOperation)
                        {
                            return true;
                        }

                        continue;
                    case IInvocationOperation { TargetMethod.Name: "ToString" } call when call.Instance == reference:
                        if (Follow(call, containingSymbol, Sinks, MaxLocals))
                        {
                            return true;
                        }

                        continue;
                    case IInvocationOperation call when call.Instance == reference && call.TargetMethod.ContainingType?.Name == "StringBuilder":
                        continue; // Append, Insert, Remove, Clear: building
                    case IPropertyReferenceOperation { Property.Name: "Length" } length when length.Instance == reference:
                        continue;
                    default:
                        return true;
                }
            }

            // A builder made here (new StringBuilder()) and read only as above; one taken from elsewhere is shared.
            return !LocalIsMadeHere(body, builder);
        }

        /// <summary>
        /// The callers of a private helper whose parameter is the collection (<c>Fill(item, ref query)</c>): each caller's
        /// collection is followed where the caller holds it. A helper others may call, or one used as a delegate, is handed on.
        /// </summary>
        private bool Callers(IMethodSymbol method, IParameterSymbol parameter)
        {
            if (method.DeclaredAccessibility != Accessibility.Private || method.MethodKind != MethodKind.Ordinary || method.ContainingType is null)
            {
                return true;
            }

            foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
            {
                var model = compilation.GetSemanticModel(reference.SyntaxTree);
                foreach (var name in reference.GetSyntax().DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    if (name.Identifier.ValueText != method.Name)
                    {
                        continue;
                    }

                    var invocationSyntax = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access.Parent : name.Parent;
                    if (invocationSyntax is not InvocationExpressionSyntax || model.GetOperation(invocationSyntax) is not IInvocationOperation invocation)
                    {
                        if (model.GetSymbolInfo(name).Symbol is IMethodSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, method))
                        {
                            return true; // a method group: called from where it is passed
                        }

                        continue;
                    }

                    if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method))
                    {
                        continue;
                    }

                    var given = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal)?.Value;
                    var caller = CallerOf(model, invocationSyntax);
                    switch (given is null ? null : ValueOrigins.Unwrap(given))
                    {
                        case IObjectCreationOperation:
                            continue; // Fill(item, new Dictionary<…>()): nothing else holds it
                        case ILocalReferenceOperation { Local.RefKind: RefKind.None } local:
                            if (Uses(RootOf(local), local.Local, caller))
                            {
                                return true;
                            }

                            continue;
                        case IParameterReferenceOperation { Parameter: { } callerParameter } when caller is IMethodSymbol callerMethod && callerParameter.ContainingSymbol.Equals(callerMethod, SymbolEqualityComparer.Default):
                            if (!_seen.Add(callerParameter))
                            {
                                continue;
                            }

                            if (Uses(RootOf(given!), callerParameter, caller) || Callers(callerMethod, callerParameter))
                            {
                                return true;
                            }

                            continue;
                        default:
                            return true;
                    }
                }
            }

            return false;
        }

        // The method a call is written in (not a lambda inside it, whose returns are the lambda's).
        private static ISymbol? CallerOf(SemanticModel model, SyntaxNode call)
        {
            var symbol = model.GetEnclosingSymbol(call.SpanStart);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol;
        }

        private IOperation? BodyOf(IMethodSymbol method) => UrlExits.BodyOf(method, compilation);

    }

    /// <summary>The whole body <paramref name="operation"/> stands in (its method's, or its field initializer's).</summary>
    internal static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
