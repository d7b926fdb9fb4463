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
            "PostAsync" or "PutAsync" or "PatchAsync" => ContentValue(Argument(invocation, "content")),
            "SendAsync" => RequestContent(Argument(invocation, "request")),
            _ => null,
        };

        return body is null ? null : Names(body, symbols);
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && !a.IsImplicit)?.Value;

    /// <summary><c>JsonContent.Create(x)</c>, <c>new StringContent(JsonSerializer.Serialize(x), …)</c>, <c>JsonConvert.SerializeObject(x)</c> → x.</summary>
    private static IOperation? ContentValue(IOperation? content)
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
            case IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "JsonContent" } } create when create.Arguments.Length > 0:
                return create.Arguments[0].Value;
            case IObjectCreationOperation { Type.Name: "StringContent" } text when text.Arguments.Length > 0:
                return SerializedValue(text.Arguments[0].Value);
            default:
                return null;
        }
    }

    private static IOperation? SerializedValue(IOperation text)
    {
        text = ValueOrigins.Unwrap(text);
        if (text is ILocalReferenceOperation local && SingleAssignments.ValueOf(local) is { } assigned)
        {
            text = ValueOrigins.Unwrap(assigned);
        }

        return text is IInvocationOperation { TargetMethod.Name: "Serialize" or "SerializeObject" } serialize && serialize.Arguments.Length > 0
            ? serialize.Arguments[0].Value
            : null;
    }

    /// <summary><c>SendAsync(request)</c>: the <c>Content</c> set in the request's initializer or assigned to its local.</summary>
    private static IOperation? RequestContent(IOperation? request)
    {
        if (request is null || ValueOrigins.Unwrap(request) is not ILocalReferenceOperation local)
        {
            return null;
        }

        IOperation? content = null;
        if (SingleAssignments.ValueOf(local) is { } initializer && ValueOrigins.Unwrap(initializer) is IObjectCreationOperation { Initializer: { } members })
        {
            foreach (var member in members.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Content" } } assignment)
                {
                    content = assignment.Value;
                }
            }
        }

        foreach (var (target, value, isMember) in LaterAssignments(local))
        {
            if (isMember && target == "Content")
            {
                content = value;
            }
        }

        return ContentValue(content);
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
            foreach (var (target, _, _) in LaterAssignments(local, symbols))
            {
                names.Add(target);
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

        foreach (var property in SerializedProperties(type))
        {
            var setByConstructor = creation.Arguments.Any(a => !a.IsImplicit && string.Equals(a.Parameter?.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (setByConstructor || property.IsRequired || HasDefaultValue(property))
            {
                names.Add(JsonBodyReader.SerializedName(property, symbols.Known) ?? property.Name);
            }
        }

        return names;
    }

    private static IEnumerable<IPropertySymbol> SerializedProperties(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property)
                {
                    yield return property;
                }
            }
        }
    }

    // public string Kind { get; init; } = "model"; — a positional record's parameter counts through its constructor.
    private static bool HasDefaultValue(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });

    /// <summary><c>local["key"] = …</c> and <c>local.Add("key", …)</c> in the block that declares the local: entries of a JSON object or dictionary.</summary>
    public static IEnumerable<(string Key, IOperation? Value)> LaterEntries(ILocalReferenceOperation local) =>
        LaterAssignments(local).Where(a => !a.IsMember).Select(a => (a.Target, a.Value));

    /// <summary>
    /// <c>local["key"] = …</c>, <c>local.Add("key", …)</c> and <c>local.Member = …</c> in the block that declares the
    /// local, as (key or member name, value).
    /// </summary>
    private static IEnumerable<(string Target, IOperation? Value, bool IsMember)> LaterAssignments(ILocalReferenceOperation local, CallSymbols? symbols = null)
    {
        var model = local.SemanticModel;
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

        var name = local.Local.Name;
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax target } element } indexed
                    when target.Identifier.ValueText == name && element.ArgumentList.Arguments.Count == 1
                        && model.GetConstantValue(element.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: string key }:
                    yield return (key, model.GetOperation(indexed.Right), false);
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name: var member } } assignment
                    when target.Identifier.ValueText == name:
                    var property = model.GetSymbolInfo(assignment.Left).Symbol as IPropertySymbol;
                    var serialized = property is null || symbols is null ? null : JsonBodyReader.SerializedName(property, symbols.Known);
                    yield return (serialized ?? member.Identifier.ValueText, model.GetOperation(assignment.Right), true);
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax target, Name.Identifier.ValueText: "Add" }, ArgumentList.Arguments: { Count: 2 } arguments }
                    when target.Identifier.ValueText == name && model.GetConstantValue(arguments[0].Expression) is { HasValue: true, Value: string added }:
                    yield return (added, model.GetOperation(arguments[1].Expression), false);
                    break;
            }
        }
    }
}
