using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Where the compilation reads one symbol, and what becomes of the value there: part of a send's URL, or stored,
/// returned or passed on into another symbol. From each place that reads it, the walk goes up through everything that
/// may carry the value (and through a local or two it initialises) and asks every send, assignment, return and call on
/// the way what it is made from, as <see cref="SymbolsRead"/> reads it: the path up only finds the candidates, the
/// forward reading decides, so <c>GetAsync(Describe(settings.Feed))</c> counts exactly when <c>GetAsync</c>'s URL is
/// read as made from <c>Feed</c>.
/// </summary>
internal sealed partial class RequestedUrls
{
    // As far as SymbolsRead looks through locals' initializers.
    private const int MaxLocalHops = 2;

    private SymbolUse ReadWhereUsed(ISymbol symbol)
    {
        var flows = new List<ISymbol>();
        foreach (var reference in _references.Of(symbol))
        {
            if (IsSentFrom(reference, symbol, flows, MaxLocalHops))
            {
                return SymbolUse.Sent;
            }
        }

        if (symbol is IParameterSymbol parameter && UrlExits.IsUrlBuilder(parameter.Type) && IsGivenAKeptBuilder(parameter))
        {
            return SymbolUse.Sent;
        }

        return new SymbolUse(false, flows);
    }

    // True when a send's URL is made from the symbol read at 'reference'; otherwise what the value flows into is added.
    private bool IsSentFrom(IOperation reference, ISymbol symbol, List<ISymbol> flows, int localHops)
    {
        for (var operation = reference; operation.Parent is { } parent; operation = parent)
        {
            if (IsSentAt(parent, symbol, flows))
            {
                return true;
            }

            if (localHops > 0 && LocalGiven(parent, operation) is { } local)
            {
                foreach (var use in ReadsOf(local, parent))
                {
                    if (IsSentFrom(use, symbol, flows, localHops - 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsSentAt(IOperation site, ISymbol symbol, List<ISymbol> flows)
    {
        switch (site)
        {
            case IInvocationOperation invocation:
                if (HttpCallReader.IsCandidateName(invocation.TargetMethod.Name)
                    && HttpCallReader.Read(invocation, _symbols) is { Url: { } url } && Reads(url, symbol))
                {
                    return true;
                }

                FlowsThroughArguments(invocation.Arguments, invocation.TargetMethod, symbol, flows);
                return false;

            // new HttpRequestMessage(method, url): a request whether or not its send is in sight.
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                if (KnownSymbols.IsOrDerivesFrom(creation.Type, _symbols.HttpRequestMessage) && Reads(RequestMessages.Read(creation, holder: null).Url, symbol))
                {
                    return true;
                }

                FlowsThroughArguments(creation.Arguments, constructor, symbol, flows);
                return false;

            case ISimpleAssignmentOperation assignment when IsStringOrUri(assignment.Value.Type) && Reads(assignment.Value, symbol):
                switch (assignment.Target)
                {
                    case IPropertyReferenceOperation { Property: { Name: "RequestUri" } property } when KnownSymbols.IsOrDerivesFrom(property.ContainingType, _symbols.HttpRequestMessage):
                        return true;
                    case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                        FlowsInto(SymbolsRead.Normalize(property.Property), symbol, flows);
                        break;
                    case IFieldReferenceOperation field:
                        FlowsInto(SymbolsRead.Normalize(field.Field), symbol, flows);
                        break;
                }

                return false;

            case IReturnOperation { ReturnedValue: { } value } returned when IsStringOrUri(value.Type) && Reads(value, symbol):
                if (MemberOf(returned) is IMethodSymbol method)
                {
                    FlowsInto(SymbolsRead.Normalize(method), symbol, flows);
                }

                return false;

            default:
                return false;
        }
    }

    // A value passed to a method or constructor of the compilation flows into the parameter as declared.
    private static void FlowsThroughArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IMethodSymbol method, ISymbol symbol, List<ISymbol> flows)
    {
        if (!IsInSource(method))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind == ArgumentKind.Explicit
                && IsStringOrUri(argument.Value.Type) && Reads(argument.Value, symbol))
            {
                FlowsInto(Declared(parameter, method), symbol, flows);
            }
        }
    }

    private static void FlowsInto(ISymbol into, ISymbol symbol, List<ISymbol> flows)
    {
        if (!SymbolEqualityComparer.Default.Equals(into, symbol))
        {
            flows.Add(into);
        }
    }

    private static bool Reads(IOperation? value, ISymbol symbol) =>
        value is not null && SymbolsRead.By(value).Contains(symbol, SymbolEqualityComparer.Default);

    // var url = …BuildUrl()…; and url = …: the local that now holds what 'value' is part of.
    private static ILocalSymbol? LocalGiven(IOperation site, IOperation value) => site switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == value => local.Local,
        _ => null,
    };

    // The places a local is read in the body that holds it (written is not read).
    private static IEnumerable<IOperation> ReadsOf(ILocalSymbol local, IOperation anyInBody)
    {
        var body = anyInBody;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        return body.Descendants().Where(descendant =>
            descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
            && !(reference.Parent is IAssignmentOperation assignment && assignment.Target == reference));
    }

    // The member a return leaves, as the analyzer driver names the symbol an operation is in: a lambda or local
    // function there belongs to its member.
    private static ISymbol? MemberOf(IOperation operation) =>
        operation.SemanticModel is { } model ? MemberAround(model.GetEnclosingSymbol(operation.Syntax.SpanStart)) : null;

    /// <summary>
    /// A URL builder the caller keeps (a local, a field) may be read by the caller after the call: what the method
    /// adds to it is the caller's to send. One made for the call (<c>new UriBuilder(…)</c>) is the method's. Callers
    /// are found by the method's name (a constructor's: its type's), so a call that names neither (<c>new(…)</c>,
    /// <c>: base(…)</c>) is not seen, and the URL built there stays quiet.
    /// </summary>
    private bool IsGivenAKeptBuilder(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        foreach (var call in _references.Of(method))
        {
            var arguments = call switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => default,
            };
            var calledMethod = (call as IInvocationOperation)?.TargetMethod ?? ((IObjectCreationOperation)call).Constructor!;
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } given && SymbolEqualityComparer.Default.Equals(Declared(given, calledMethod), parameter)
                    && ValueOrigins.Unwrap(argument.Value) is not IObjectCreationOperation)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a symbol's value is sent (read by a send, or for a parameter handed by its method to a call or an
    /// object that may send it), and where else the value goes.
    /// </summary>
    private sealed class SymbolUse
    {
        public static readonly SymbolUse Sent = new(true, System.Array.Empty<ISymbol>());

        public static readonly SymbolUse Unread = new(false, System.Array.Empty<ISymbol>());

        public SymbolUse(bool isSent, IReadOnlyList<ISymbol> flowsInto)
        {
            IsSent = isSent;
            FlowsInto = flowsInto;
        }

        public bool IsSent { get; }

        public IReadOnlyList<ISymbol> FlowsInto { get; }
    }
}
