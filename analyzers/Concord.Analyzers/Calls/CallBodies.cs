using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.JsonBodies;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The top-level JSON property names a call's body sets, when the code shows all of them: an anonymous object,
/// a dictionary or <c>JsonObject</c> (entries in its initializer and entries set later on the local that holds it),
/// or a class or record built in place (initializer, constructor arguments, <c>required</c> members and members
/// with a default value). Null when the body is built out of sight (a parameter, a stream, a helper's result).
/// </summary>
internal static class CallBodies
{
    /// <summary>The body of <paramref name="invocation"/>, a call the model read: the JSON value it sends.</summary>
    public static IReadOnlyCollection<string>? NamesOf(IInvocationOperation invocation, CallSymbols symbols)
    {
        var name = invocation.TargetMethod.Name;
        IOperation? body = name switch
        {
            "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync" => Argument(invocation, "value"),
            "PostAsync" or "PutAsync" or "PatchAsync" => ContentValue(Argument(invocation, "content"), symbols.Known),
            "SendAsync" => ContentValue(RequestMessages.Of(Argument(invocation, "request"), symbols.HttpRequestMessage)?.Content, symbols.Known),
            _ => null,
        };

        return body is null ? null : Names(body, symbols);
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && !a.IsImplicit)?.Value;

    /// <summary><c>JsonContent.Create(x)</c>, <c>new StringContent(JsonSerializer.Serialize(x), …)</c>, <c>JsonConvert.SerializeObject(x)</c> → x.</summary>
    private static IOperation? ContentValue(IOperation? content, KnownSymbols symbols)
    {
        if (content is null)
        {
            return null;
        }

        content = ValueOrigins.Unwrap(content);
        if (content is ILocalReferenceOperation local && SingleAssignments.ValueOf(local) is { } assigned)
        {
            content = ValueOrigins.Unwrap(assigned);
        }

        switch (content)
        {
            case IInvocationOperation { TargetMethod.Name: "Create" } create
                when create.Arguments.Length > 0 && SymbolEqualityComparer.Default.Equals(create.TargetMethod.ContainingType, symbols.JsonContent):
                return create.Arguments[0].Value;
            case IObjectCreationOperation text when text.Arguments.Length > 0 && SymbolEqualityComparer.Default.Equals(text.Type, symbols.StringContent):
                return SerializedValue(text.Arguments[0].Value, symbols);
            default:
                return null;
        }
    }

    /// <summary>
    /// The value a JSON string was serialized from, directly or through a local: <c>JsonSerializer.Serialize(body)</c>,
    /// <c>JsonConvert.SerializeObject(body)</c>, <c>jsonObject.ToJsonString()</c>.
    /// </summary>
    public static IOperation? SerializedValue(IOperation text, KnownSymbols symbols)
    {
        text = ValueOrigins.Unwrap(text);
        if (text is ILocalReferenceOperation local && ValueOrigins.InitializerOf(local) is { } initializer)
        {
            text = ValueOrigins.Unwrap(initializer);
        }

        if (text is not IInvocationOperation { TargetMethod: var method } invocation
            || method.ReturnType.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        if ((method.Name == "Serialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.JsonSerializer))
            || (method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.NewtonsoftJsonConvert)))
        {
            return invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
        }

        // jsonObject.ToJsonString()
        return method.Name == "ToJsonString" && KnownSymbols.IsOrDerivesFrom(invocation.Instance?.Type, symbols.JsonObject)
            ? invocation.Instance
            : null;
    }

    private static IReadOnlyCollection<string>? Names(IOperation body, CallSymbols symbols)
    {
        body = ValueOrigins.Unwrap(body);
        ILocalReferenceOperation? local = null;
        if (body is ILocalReferenceOperation reference)
        {
            local = reference;
            if (ValueOrigins.InitializerOf(reference) is not { } initializer)
            {
                return null;
            }

            body = ValueOrigins.Unwrap(initializer);
        }

        HashSet<string>? names = body switch
        {
            IAnonymousObjectCreationOperation anonymous => AnonymousNames(anonymous),
            IObjectCreationOperation creation => CreationNames(creation, symbols),
            _ => null,
        };

        if (names is not null && local is not null)
        {
            // body["api_key"] = key; body.Add("page", 1); dto.Name = name; — set after the local was made.
            foreach (var assignment in LocalAssignments.Of(local))
            {
                names.Add(assignment.Property is { } property ? JsonBodyReader.SerializedName(property, symbols.Known) ?? assignment.Target : assignment.Target);
            }
        }

        return names;
    }

    private static HashSet<string> AnonymousNames(IAnonymousObjectCreationOperation anonymous)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property })
            {
                names.Add(property.Property.Name);
            }
        }

        return names;
    }

    private static HashSet<string>? CreationNames(IObjectCreationOperation creation, CallSymbols symbols)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var type = creation.Type as INamedTypeSymbol;
        // A dictionary or JsonObject: a keyed collection, whatever type declares its indexer.
        var isDictionary = type is not null && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);
        foreach (var element in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer }
                    when indexer.Arguments.FirstOrDefault()?.Value.ConstantValue is { HasValue: true, Value: string key }:
                    names.Add(key);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property }:
                    names.Add(JsonBodyReader.SerializedName(property.Property, symbols.Known) ?? property.Property.Name);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                    when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                    names.Add(key);
                    break;
                default:
                    // A spread or computed entry: the full set of names is not known.
                    return null;
            }
        }

        if (isDictionary || type is null)
        {
            return names;
        }

        if (type.ContainingNamespace?.ToDisplayString() is { } ns && (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft", StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var property in JsonBodyReader.SerializedProperties(type))
        {
            var setByConstructor = creation.Arguments.Any(a => !a.IsImplicit && string.Equals(a.Parameter?.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (setByConstructor || property.IsRequired || HasDefaultValue(property))
            {
                names.Add(JsonBodyReader.SerializedName(property, symbols.Known) ?? property.Name);
            }
        }

        return names;
    }

    // public string Kind { get; init; } = "model"; — a positional record's parameter counts through its constructor.
    private static bool HasDefaultValue(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });
}
