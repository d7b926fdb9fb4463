using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Reads client registrations: <c>AddHttpClient&lt;TClient&gt;(c =&gt; c.BaseAddress = …)</c>,
/// <c>AddHttpClient&lt;TClient, TImpl&gt;</c>, <c>AddHttpClient("name", …)</c>, <c>AddRefitClient&lt;T&gt;()</c>, each with the
/// <c>.ConfigureHttpClient(…)</c> calls chained on it; the application's own registration helpers given a typed
/// client and its address (<c>AddHttpServiceReference&lt;CatalogClient&gt;("https+http://catalog")</c>); and
/// <c>BaseAddress</c> set anywhere else (a typed client's constructor).
/// </summary>
internal static class ClientRegistrationReader
{
    private const int MaxChain = 16;

    public static bool IsCandidateName(string name) =>
        name is "AddHttpClient" or "AddRefitClient" or "ConfigureHttpClient" || name.StartsWith("Add", System.StringComparison.Ordinal);

    /// <summary>A registration rooted at <paramref name="invocation"/> (AddHttpClient or AddRefitClient), with its chained configuration.</summary>
    public static ClientRegistration? Read(IInvocationOperation invocation, CallSymbols symbols)
    {
        if (ClientOfRoot(invocation) is not { } client)
        {
            return ThroughHelper(invocation, symbols);
        }

        // The last assignment wins, as it does at run time.
        var baseAddress = BaseAddressOrigin.Unknown;
        var headers = new List<CallHeader>();
        foreach (var step in Chain(invocation))
        {
            foreach (var lambda in ConfigurationLambdas(step))
            {
                foreach (var assignment in BaseAddressAssignments(lambda, symbols))
                {
                    baseAddress = BaseAddressOrigins.Of(assignment.Value, symbols);
                }

                headers.AddRange(CallHeaderReader.InLambda(lambda, symbols.Known));
            }
        }

        return new ClientRegistration(client, baseAddress, invocation.Syntax.GetLocation(), headers.Count == 0 ? null : new CallHeaders(headers, maySetAny: false));
    }

    /// <summary>
    /// <c>client.BaseAddress = …</c> outside a registration's own configuration: in a typed client's constructor,
    /// an object initializer, or a configuration callback on a builder this reader cannot trace to a registration.
    /// </summary>
    public static ClientRegistration? ReadAssignment(ISimpleAssignmentOperation assignment, CallSymbols symbols)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property.Name: "BaseAddress" } property
            || !symbols.IsHttpClient(property.Property.ContainingType)
            || IsInsideRegistration(assignment))
        {
            return null;
        }

        var client = property.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? ClientIdentity.Unknown
            : ClientIdentities.Of(property.Instance, symbols);

        // A typed client's constructor setting its own client's base address.
        if (client.Kind == ClientKind.Unknown && property.Instance is IParameterReferenceOperation
            && assignment.SemanticModel?.GetEnclosingSymbol(assignment.Syntax.SpanStart) is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && symbols.IsTypedClient(constructor.ContainingType))
        {
            client = new ClientIdentity(ClientKind.Typed, ClientIdentities.NameOf(constructor.ContainingType));
        }

        return new ClientRegistration(client, BaseAddressOrigins.Of(assignment.Value, symbols), assignment.Syntax.GetLocation());
    }

    /// <summary>
    /// A registration through a helper the application wrote (often in a shared service-defaults project, so its body
    /// is not in this compilation): a generic method whose one type argument is a typed client, called with an
    /// absolute address, e.g. <c>AddHttpServiceReference&lt;CatalogServiceClient&gt;("https+http://catalogservice")</c>.
    /// An address from configuration counts only when the parameter says it is one (<c>baseAddress</c>, <c>uri</c>).
    /// </summary>
    private static ClientRegistration? ThroughHelper(IInvocationOperation invocation, CallSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.TypeArguments.Length != 1 || method.TypeArguments[0] is not INamedTypeSymbol client || !symbols.IsTypedClient(client))
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type?.SpecialType is not SpecialType.System_String && !symbols.IsUri(argument.Value.Type))
            {
                continue;
            }

            var origin = BaseAddressOrigins.Of(argument.Value, symbols);
            var isAddress = origin.Source == BaseAddressSource.Literal
                ? origin.Address.Contains("://")
                : origin.Source != BaseAddressSource.Unknown && NamesAnAddress(argument.Parameter?.Name);
            if (isAddress)
            {
                return new ClientRegistration(new ClientIdentity(ClientKind.Typed, ClientIdentities.NameOf(client)), origin, invocation.Syntax.GetLocation());
            }
        }

        return null;
    }

    private static bool NamesAnAddress(string? parameter) =>
        parameter is not null
        && (parameter.IndexOf("uri", System.StringComparison.OrdinalIgnoreCase) >= 0
            || parameter.IndexOf("url", System.StringComparison.OrdinalIgnoreCase) >= 0
            || parameter.IndexOf("address", System.StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The client an AddHttpClient/AddRefitClient call registers; null for any other invocation.</summary>
    private static ClientIdentity? ClientOfRoot(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "AddHttpClient" when method.ContainingType?.Name == "HttpClientFactoryServiceCollectionExtensions":
                if (method.TypeArguments.Length > 0)
                {
                    // AddHttpClient<TClient, TImplementation>: the implementation receives the HttpClient and makes the calls.
                    // A helper's own type parameter (AddServiceReference<TClient>) names no class.
                    var implementation = method.TypeArguments[method.TypeArguments.Length - 1];
                    return implementation is ITypeParameterSymbol
                        ? ClientIdentity.Unknown
                        : new ClientIdentity(ClientKind.Typed, ClientIdentities.NameOf(implementation));
                }

                // A name computed at run time (typeof(T).Name in a helper) names no client the model can match.
                var name = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name")?.Value;
                return name is null ? new ClientIdentity(ClientKind.Named, string.Empty)
                    : name.ConstantValue.Value is string constant ? new ClientIdentity(ClientKind.Named, constant)
                    : ClientIdentity.Unknown;

            case "AddRefitClient":
                if (method.TypeArguments.Length > 0)
                {
                    if (method.TypeArguments[0] is ITypeParameterSymbol)
                    {
                        return ClientIdentity.Unknown;
                    }

                    return new ClientIdentity(ClientKind.Refit, ClientIdentities.NameOf(method.TypeArguments[0]));
                }

                var type = invocation.Arguments
                    .Select(a => ValueOrigins.Unwrap(a.Value))
                    .OfType<ITypeOfOperation>()
                    .FirstOrDefault()?.TypeOperand;
                return type is null ? ClientIdentity.Unknown : new ClientIdentity(ClientKind.Refit, ClientIdentities.NameOf(type));

            default:
                return null;
        }
    }

    /// <summary>The root and each builder call chained on it: <c>AddHttpClient&lt;T&gt;().AddHttpMessageHandler(…).ConfigureHttpClient(…)</c>.</summary>
    private static IEnumerable<IInvocationOperation> Chain(IInvocationOperation root)
    {
        IOperation current = root;
        yield return root;
        for (var i = 0; i < MaxChain; i++)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation next } && next.TargetMethod.IsExtensionMethod)
            {
                current = next;
                yield return next;
            }
            else if (parent is IInvocationOperation { Instance: { } } instanceCall)
            {
                current = instanceCall;
                yield return instanceCall;
            }
            else
            {
                yield break;
            }
        }
    }

    /// <summary>The configuration lambdas passed to AddHttpClient, ConfigureHttpClient or AddRefitClient.</summary>
    private static IEnumerable<IAnonymousFunctionOperation> ConfigurationLambdas(IInvocationOperation step)
    {
        if (step.TargetMethod.Name is not ("AddHttpClient" or "ConfigureHttpClient" or "AddRefitClient"))
        {
            yield break;
        }

        foreach (var argument in step.Arguments)
        {
            var value = ValueOrigins.Unwrap(argument.Value);
            if (value is IDelegateCreationOperation delegateCreation)
            {
                value = delegateCreation.Target;
            }

            if (value is IAnonymousFunctionOperation lambda)
            {
                yield return lambda;
            }
        }
    }

    /// <summary>The BaseAddress assignments in a configuration lambda.</summary>
    private static IEnumerable<ISimpleAssignmentOperation> BaseAddressAssignments(IAnonymousFunctionOperation lambda, CallSymbols symbols)
    {
        foreach (var assignment in lambda.Body.Descendants().OfType<ISimpleAssignmentOperation>())
        {
            if (assignment.Target is IPropertyReferenceOperation { Property.Name: "BaseAddress" } property
                && symbols.IsHttpClient(property.Property.ContainingType))
            {
                yield return assignment;
            }
        }
    }

    /// <summary>True when the assignment sits in a lambda given to a registration chain that <see cref="Read"/> reports.</summary>
    private static bool IsInsideRegistration(IOperation assignment)
    {
        for (var current = assignment.Parent; current is not null; current = current.Parent)
        {
            if (current is not IAnonymousFunctionOperation)
            {
                continue;
            }

            var parent = current.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parent: IInvocationOperation invocation } && RootOf(invocation) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The AddHttpClient/AddRefitClient call a builder call is chained on (itself when it is one).</summary>
    private static IInvocationOperation? RootOf(IInvocationOperation invocation)
    {
        IOperation? current = invocation;
        for (var i = 0; i < MaxChain && current is IInvocationOperation call; i++)
        {
            if (ClientOfRoot(call) is not null)
            {
                return call;
            }

            current = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            while (current is IConversionOperation conversion)
            {
                current = conversion.Operand;
            }
        }

        return null;
    }
}
