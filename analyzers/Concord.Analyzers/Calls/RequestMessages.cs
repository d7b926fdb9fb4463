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

        return request is IObjectCreationOperation creation && KnownSymbols.IsOrDerivesFrom(creation.Type, requestType)
            ? Read(creation, local)
            : null;
    }

    /// <summary>The parts of <paramref name="creation"/>, and of later assignments to <paramref name="holder"/> when given.</summary>
    public static RequestMessage Read(IObjectCreationOperation creation, ILocalReferenceOperation? holder)
    {
        var method = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
        var url = creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value;
        IOperation? content = null;
        foreach (var element in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
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
