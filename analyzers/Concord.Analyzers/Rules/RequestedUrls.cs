using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// What the sends of one compilation request, for CORD003's URLs that leave their method by <c>return</c> or a
/// property or field (<see cref="UrlExits"/>). While the compilation is analysed it records the symbols each HTTP
/// call's URL reads (<c>GetAsync(BuildUrl())</c> reads <c>BuildUrl</c>; <c>GetAsync(settings.Feed)</c> reads
/// <c>Feed</c>) and where string values flow (an argument into a parameter of the compilation's own methods, a value
/// into a property or field, a returned value out of its method); at the end a URL's sinks are looked up, following a
/// few such flows. What a method does with a string parameter is read only when a URL reaches that parameter: the
/// parameter's uses in its own method, found by name. Nothing walks the compilation per URL.
/// </summary>
internal sealed class RequestedUrls
{
    // BuildUrl → url (a helper's parameter) → the send in the helper: a URL may pass through this many flows.
    private const int MaxFlows = 3;

    private readonly ConcurrentDictionary<ISymbol, byte> _read = new(SymbolEqualityComparer.Default);

    // Written by every string flow of the compilation, read only at its end: a lock costs less here than a
    // concurrent collection per symbol, and contention is rare (a flow is a few instructions under it).
    private readonly Dictionary<ISymbol, List<ISymbol>> _flows = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IParameterSymbol, ParameterUse> _parameterUses = new(SymbolEqualityComparer.Default);
    private readonly CallSymbols _symbols;
    private readonly Compilation _compilation;

    private RequestedUrls(CallSymbols symbols, Compilation compilation)
    {
        _symbols = symbols;
        _compilation = compilation;
    }

    /// <summary>Records, for the rest of the compilation, what its sends read and where its strings flow.</summary>
    public static RequestedUrls Register(CompilationStartAnalysisContext start, CallSymbols symbols)
    {
        var requested = new RequestedUrls(symbols, start.Compilation);
        if (symbols.HttpClient is null && symbols.HttpRequestMessage is null)
        {
            // Nothing in the compilation sends by itself; a URL handed to a parameter is still followed at the end
            // (a library's call may send it), through the parameter's uses.
            return requested;
        }

        start.RegisterOperationAction(c => requested.SeeInvocation((IInvocationOperation)c.Operation), OperationKind.Invocation);
        start.RegisterOperationAction(c => requested.SeeCreation((IObjectCreationOperation)c.Operation), OperationKind.ObjectCreation);
        start.RegisterOperationAction(c => requested.SeeAssignment((ISimpleAssignmentOperation)c.Operation), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => requested.SeeReturn((IReturnOperation)c.Operation, c.ContainingSymbol), OperationKind.Return);
        return requested;
    }

    /// <summary>True when a send of the compilation reads one of <paramref name="sinks"/>, directly or through a few flows.</summary>
    public bool IsRequested(IEnumerable<ISymbol> sinks)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var current = sinks.ToList();
        for (var step = 0; step <= MaxFlows && current.Count > 0; step++)
        {
            var next = new List<ISymbol>();
            foreach (var symbol in current)
            {
                if (!seen.Add(symbol))
                {
                    continue;
                }

                if (symbol is IParameterSymbol parameter)
                {
                    var use = UseOf(parameter);
                    if (use.IsHandedOn)
                    {
                        return true;
                    }

                    next.AddRange(use.Sinks);
                }

                foreach (var name in NamesOf(symbol))
                {
                    if (_read.ContainsKey(name))
                    {
                        return true;
                    }

                    lock (_flows)
                    {
                        if (_flows.TryGetValue(name, out var into))
                        {
                            next.AddRange(into);
                        }
                    }
                }
            }

            current = next;
        }

        return false;
    }

    /// <summary>A parameter as its method declares it: of the extension method as declared, of the generic definition.</summary>
    public static ISymbol Declared(IParameterSymbol parameter, IMethodSymbol method)
    {
        if (method.ReducedFrom is { } declared && parameter.Ordinal + 1 < declared.Parameters.Length)
        {
            return declared.OriginalDefinition.Parameters[parameter.Ordinal + 1];
        }

        var definition = method.OriginalDefinition;
        return parameter.Ordinal < definition.Parameters.Length ? definition.Parameters[parameter.Ordinal] : parameter;
    }

    // A send may read a member through what it overrides or implements: IUrls.Feed for Urls.Feed.
    private static IEnumerable<ISymbol> NamesOf(ISymbol symbol)
    {
        yield return symbol;
        switch (symbol)
        {
            case IMethodSymbol method:
                for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                {
                    yield return overridden.OriginalDefinition;
                }

                break;
            case IPropertySymbol property:
                for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
                {
                    yield return overridden.OriginalDefinition;
                }

                break;
            default:
                yield break;
        }

        if (symbol.ContainingType is { } type)
        {
            foreach (var contract in type.AllInterfaces)
            {
                foreach (var member in contract.GetMembers(symbol.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                    {
                        yield return member.OriginalDefinition;
                    }
                }
            }
        }
    }

    /// <summary>
    /// What a string parameter of a method of the compilation does with its value, where the method reads it: handed
    /// to a call or an object that may send it, it counts as read by a send; returned or stored, it flows into those
    /// sinks. Read once per parameter, and only for a parameter a URL reaches.
    /// </summary>
    private ParameterUse UseOf(IParameterSymbol parameter) => _parameterUses.GetOrAdd(parameter, ReadUse);

    private ParameterUse ReadUse(IParameterSymbol parameter)
    {
        if (!IsStringOrUri(parameter.Type) || parameter.RefKind != RefKind.None || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return ParameterUse.Unread;
        }

        var sinks = new List<ISymbol>();
        foreach (var declaration in method.DeclaringSyntaxReferences)
        {
            var syntax = declaration.GetSyntax();
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            // The parameter's uses, by name: its method's body (a primary constructor's: the whole type's members).
            var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
            foreach (var name in syntax.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != parameter.Name
                    || model.GetOperation(name) is not IParameterReferenceOperation reference
                    || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                    || (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference))
                {
                    continue;
                }

                var member = MemberAround(model.GetEnclosingSymbol(name.SpanStart));
                if (!OwnCode.HasOwnBody(method, member))
                {
                    return ParameterUse.Unread;
                }

                var exits = UrlExits.Of(reference, member);
                if (exits.IsHandedOn)
                {
                    return ParameterUse.HandedOn;
                }

                sinks.AddRange(exits.Sinks.Where(sink => !SymbolEqualityComparer.Default.Equals(sink, parameter)));
            }
        }

        return new ParameterUse(false, sinks);
    }

    // The member whose body holds a position: a lambda or local function there belongs to it, as an operation
    // analysed by the driver does.
    private static ISymbol? MemberAround(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
        {
            symbol = inner.ContainingSymbol;
        }

        return symbol;
    }

    /// <summary>Whether a parameter's value is handed on by its method, and where else it goes.</summary>
    private sealed class ParameterUse
    {
        public static readonly ParameterUse Unread = new(false, System.Array.Empty<ISymbol>());

        public static readonly ParameterUse HandedOn = new(true, System.Array.Empty<ISymbol>());

        public ParameterUse(bool isHandedOn, IReadOnlyList<ISymbol> sinks)
        {
            IsHandedOn = isHandedOn;
            Sinks = sinks;
        }

        public bool IsHandedOn { get; }

        public IReadOnlyList<ISymbol> Sinks { get; }
    }

    private void SeeInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (HttpCallReader.IsCandidateName(method.Name) && HttpCallReader.Read(invocation, _symbols) is { Url: { } url })
        {
            Read(url);
        }

        if (IsInSource(method))
        {
            SeeArguments(invocation.Arguments, method);
        }
    }

    private void SeeCreation(IObjectCreationOperation creation)
    {
        if (creation.Constructor is not { } constructor)
        {
            return;
        }

        // new HttpRequestMessage(method, url): a request whether or not its send is in sight.
        if (KnownSymbols.IsOrDerivesFrom(creation.Type, _symbols.HttpRequestMessage))
        {
            Read(RequestMessages.Read(creation, holder: null).Url);
        }

        if (IsInSource(constructor))
        {
            SeeArguments(creation.Arguments, constructor);
        }
    }

    private void SeeAssignment(ISimpleAssignmentOperation assignment)
    {
        if (!IsStringOrUri(assignment.Value.Type))
        {
            return;
        }

        switch (assignment.Target)
        {
            case IPropertyReferenceOperation { Property: { Name: "RequestUri" } property } when KnownSymbols.IsOrDerivesFrom(property.ContainingType, _symbols.HttpRequestMessage):
                Read(assignment.Value);
                break;
            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                Flow(assignment.Value, SymbolsRead.Normalize(property.Property));
                break;
            case IFieldReferenceOperation field:
                Flow(assignment.Value, SymbolsRead.Normalize(field.Field));
                break;
        }
    }

    private void SeeReturn(IReturnOperation returned, ISymbol containingSymbol)
    {
        if (returned.ReturnedValue is { } value && IsStringOrUri(value.Type) && containingSymbol is IMethodSymbol method)
        {
            Flow(value, SymbolsRead.Normalize(method));
        }
    }

    private void SeeArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit && IsStringOrUri(argument.Value.Type))
            {
                Flow(argument.Value, Declared(parameter, method));
            }

            // A URL builder the caller keeps (a local, a field) may be read by the caller after the call: what the
            // method adds to it is the caller's to send. One made for the call (new UriBuilder(…)) is the method's.
            if (argument.Parameter is { } builderParameter && UrlExits.IsUrlBuilder(builderParameter.Type)
                && ValueOrigins.Unwrap(argument.Value) is not IObjectCreationOperation)
            {
                _read.TryAdd(Declared(builderParameter, method), 0);
            }
        }
    }

    private void Read(IOperation? url)
    {
        foreach (var symbol in SymbolsRead.By(url))
        {
            _read.TryAdd(symbol, 0);
        }
    }

    private void Flow(IOperation value, ISymbol into)
    {
        foreach (var symbol in SymbolsRead.By(value))
        {
            if (!SymbolEqualityComparer.Default.Equals(symbol, into))
            {
                lock (_flows)
                {
                    if (!_flows.TryGetValue(symbol, out var targets))
                    {
                        _flows[symbol] = targets = new List<ISymbol>();
                    }

                    targets.Add(into);
                }
            }
        }
    }

    private static bool IsStringOrUri(ITypeSymbol? type) =>
        type is { SpecialType: SpecialType.System_String } || type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsInSource(IMethodSymbol method) => method.Locations.Length > 0 && method.Locations[0].IsInSource;
}
