using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The parts of a <c>new HttpRequestMessage(…)</c> the call model reads: its method, URL and content, given in the
/// constructor, its object initializer, or assignments to the local that holds it. The one reader of request
/// messages, for the calls that send them and for the bodies put in them.
/// </summary>
internal static class RequestMessages
{
    /// <summary>The request a value is, when it is (or a local assigned once holds) a request message created in sight.</summary>
    public static RequestMessage? Of(IOperation? request, INamedTypeSymbol? requestType)
    {
        if (request is null)
        {
            return null;
        }

        request = ValueOrigins.Unwrap(request);
        var local = request as ILocalReferenceOperation;
        if (local is not null && SingleAssignments.ValueOf(local) is { } initializer)
        {
            request = ValueOrigins.Unwrap(initializer);
        }

        return request switch
        {
            IObjectCreationOperation creation when KnownSymbols.IsOrDerivesFrom(creation.Type, requestType) => Read(creation, local),
            IInvocationOperation helper => MadeBy(helper, requestType, local),
            _ => null,
        };
    }

    /// <summary>The parts of <paramref name="creation"/>, and of later assignments to <paramref name="holder"/> when given.</summary>
    public static RequestMessage Read(IObjectCreationOperation creation, ILocalReferenceOperation? holder) => Read(creation, holder, made: null);

    /// <summary>
    /// A request a helper of the same compilation makes and returns (<c>MakeMessage(HttpMethod.Post, uri)</c>, whose body
    /// is <c>var m = new HttpRequestMessage(method, uri); m.Headers.Add(…); return m;</c>). The helper's parameters read
    /// as the caller's arguments; what the caller then sets on <paramref name="holder"/> is read on top.
    /// </summary>
    public static RequestMessage? MadeBy(IInvocationOperation helper, INamedTypeSymbol? requestType, ILocalReferenceOperation? holder)
    {
        if (!KnownSymbols.IsOrDerivesFrom(helper.TargetMethod.ReturnType, requestType) || SourceMethods.SingleReturnedValue(helper) is not { } returned)
        {
            return null;
        }

        returned = ValueOrigins.Unwrap(returned);
        var helperLocal = returned as ILocalReferenceOperation;
        if (helperLocal is not null && SingleAssignments.ValueOf(helperLocal) is { } initializer)
        {
            returned = ValueOrigins.Unwrap(initializer);
        }

        if (returned is not IObjectCreationOperation creation || !KnownSymbols.IsOrDerivesFrom(creation.Type, requestType))
        {
            return null;
        }

        var made = Read(creation, helperLocal, made: null);
        var inCaller = new RequestMessage(InCaller(made.Method, helper), InCaller(made.Url, helper), InCaller(made.Content, helper));
        return holder is null ? inCaller : Read(creation: null, holder, inCaller);
    }

    // A helper's parameter, read as the argument the call gives it; anything else as the helper writes it.
    private static IOperation? InCaller(IOperation? value, IInvocationOperation helper) =>
        value is not null && ValueOrigins.Unwrap(value) is IParameterReferenceOperation parameter
            && SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, helper.TargetMethod)
            ? helper.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter.Parameter))?.Value
            : value;

    private static RequestMessage Read(IObjectCreationOperation? creation, ILocalReferenceOperation? holder, RequestMessage? made)
    {
        var method = made?.Method ?? creation?.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
        var url = made?.Url ?? creation?.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
        IOperation? content = made?.Content;
        foreach (var element in creation?.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                Set(property.Property.Name, assignment.Value, ref method, ref url, ref content);
            }
        }

        if (holder is not null)
        {
            foreach (var assignment in LocalAssignments.Of(holder))
            {
                if (assignment.IsMember && assignment.Value is { } value)
                {
                    Set(assignment.Target, value, ref method, ref url, ref content);
                }
            }
        }

        return new RequestMessage(method, url, content);
    }

    private static void Set(string member, IOperation value, ref IOperation? method, ref IOperation? url, ref IOperation? content)
    {
        switch (member)
        {
            case "Method":
                method = value;
                break;
            case "RequestUri":
                url = value;
                break;
            case "Content":
                content = value;
                break;
        }
    }
}
