using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// What the sends of one compilation request, for CORD003's URLs that leave their method by <c>return</c> or a
/// property or field (<see cref="UrlExits"/>). A URL's sinks are looked up at the end of the compilation, and only
/// then: where the compilation reads a sink (found by name, <see cref="SymbolReferences"/>), is it part of an HTTP
/// call's URL (<c>GetAsync(BuildUrl())</c> reads <c>BuildUrl</c>; <c>GetAsync(settings.Feed)</c> reads <c>Feed</c>),
/// or does it flow on (an argument into a parameter of the compilation's own methods, a value into a property or
/// field, a returned value out of its method), followed a few such flows. What a method does with a string parameter
/// is read where the parameter is used. Nothing is recorded while the compilation is analysed: most compilations
/// have no URL to look up, and recording every call, creation, assignment and return for them was about a quarter
/// of all Concord's analysis time on a large library, measured.
/// </summary>
internal sealed partial class RequestedUrls
{
    // BuildUrl → url (a helper's parameter) → the send in the helper: a URL may pass through this many flows.
    private const int MaxFlows = 3;

    private readonly ConcurrentDictionary<ISymbol, SymbolUse> _uses = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IParameterSymbol, SymbolUse> _parameterUses = new(SymbolEqualityComparer.Default);
    private readonly CallSymbols _symbols;
    private readonly SymbolReferences _references;

    // Without HttpClient or HttpRequestMessage in sight nothing in the compilation sends by itself; a URL handed to a
    // parameter is still followed (a library's call may send it), through the parameter's uses.
    private readonly bool _canSend;

    private RequestedUrls(CallSymbols symbols, Compilation compilation, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _references = new SymbolReferences(compilation, cancellationToken);
        _canSend = symbols.HttpClient is not null || symbols.HttpRequestMessage is not null;
    }

    /// <summary>What the sends of <paramref name="compilation"/> read, looked up when first asked.</summary>
    public static RequestedUrls Of(Compilation compilation, CallSymbols symbols, CancellationToken cancellationToken) =>
        new(symbols, compilation, cancellationToken);

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
                    if (use.IsSent)
                    {
                        return true;
                    }

                    next.AddRange(use.FlowsInto);
                }

                if (!_canSend)
                {
                    continue;
                }

                foreach (var name in NamesOf(symbol))
                {
                    var read = _uses.GetOrAdd(name, ReadWhereUsed);
                    if (read.IsSent)
                    {
                        return true;
                    }

                    next.AddRange(read.FlowsInto);
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
    private SymbolUse UseOf(IParameterSymbol parameter) => _parameterUses.GetOrAdd(parameter, ReadUse);

    private SymbolUse ReadUse(IParameterSymbol parameter)
    {
        if (!IsStringOrUri(parameter.Type) || parameter.RefKind != RefKind.None || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return SymbolUse.Unread;
        }

        // The parameter's uses: its method's body (a primary constructor's: the whole type's members).
        var sinks = new List<ISymbol>();
        foreach (var reference in _references.Of(parameter))
        {
            if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            {
                continue;
            }

            var member = MemberOf(reference);
            if (!OwnCode.HasOwnBody(method, member))
            {
                return SymbolUse.Unread;
            }

            var exits = UrlExits.Of(reference, member);
            if (exits.IsHandedOn)
            {
                return SymbolUse.Sent;
            }

            sinks.AddRange(exits.Sinks.Where(sink => !SymbolEqualityComparer.Default.Equals(sink, parameter)));
        }

        return new SymbolUse(false, sinks);
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

    private static bool IsStringOrUri(ITypeSymbol? type) =>
        type is { SpecialType: SpecialType.System_String } || type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static bool IsInSource(IMethodSymbol method) => method.Locations.Length > 0 && method.Locations[0].IsInSource;
}
