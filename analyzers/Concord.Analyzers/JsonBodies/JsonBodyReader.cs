using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// Reads the members of a value that is serialized as a JSON body: anonymous objects, DTO classes and
/// records (inline, or through a variable of their type), dictionaries and <c>JsonObject</c> initializers,
/// nested objects, and a single value sent as the whole body.
/// </summary>
internal static class JsonBodyReader
{
    private const int MaxDepth = 3;
    private const int MaxLocalHops = 2;

    /// <summary>
    /// The body's members, each placed on its own syntax when that lies inside the analyzed call, or on
    /// <paramref name="site"/> (the body argument) when the body was built elsewhere, such as in a local's initializer,
    /// so that every diagnostic stays local to the operation that reports it.
    /// </summary>
    public static ImmutableArray<JsonBodyMember> Read(IOperation body, Location site, bool pinnedToSite, KnownSymbols symbols)
    {
        var members = new Reading();
        Collect(body, new Placement(site, pinnedToSite), symbols, members, depth: 0);
        return members.Members.ToImmutable();
    }

    /// <summary>
    /// The body a call sends, with its top-level member names and whether the code shows all of them: an anonymous
    /// object, a dictionary or <c>JsonObject</c> whose every key is a constant, a class or record built in sight
    /// (its initializer, constructor arguments, <c>required</c> members and members with a default value, and members
    /// assigned later to the local that holds it). A body built out of sight (a parameter, a stream) shows none.
    /// </summary>
    public static CallBody ReadBody(IOperation body, KnownSymbols symbols)
    {
        var members = new Reading { DeclaredDefaults = true };
        Collect(body, new Placement(body.Syntax.GetLocation(), pinned: true), symbols, members, depth: 0);
        return new CallBody(members.Members.ToImmutable(), members.TopLevelNames, members.ShowsEveryMember && members.Understood);
    }

    /// <summary>
    /// The body a value of <paramref name="type"/> makes when only its type is known (a Refit <c>[Body]</c> parameter):
    /// every property a serializer writes, each sent with a value the code does not show.
    /// </summary>
    public static CallBody ReadType(ITypeSymbol type, Location site, KnownSymbols symbols)
    {
        if (type is not INamedTypeSymbol named || !IsDataObject(named))
        {
            return CallBody.None;
        }

        var members = new Reading();
        AddTypeMembers(named, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, site, symbols, members);
        var names = new HashSet<string>(members.Members.Select(m => m.Name), StringComparer.Ordinal);
        return new CallBody(members.Members.ToImmutable(), names, showsEveryMember: true);
    }

    private static void Collect(IOperation? value, Placement site, KnownSymbols symbols, Reading members, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        value = ValueOrigins.Unwrap(value);
        var viaLocal = false;
        ILocalReferenceOperation? holder = null;
        for (var hops = 0; hops < MaxLocalHops && value is ILocalReferenceOperation local; hops++)
        {
            var initializer = ValueOrigins.InitializerOf(local);
            if (initializer is null)
            {
                break;
            }

            holder = local;
            value = ValueOrigins.Unwrap(initializer);
            viaLocal = true;
            site = site.Pinned();
        }

        // A body built by a helper of the same compilation: Body(apiKey) => new { api_key = apiKey }.
        if (value is IInvocationOperation helper && depth < MaxDepth && Calls.SourceMethods.ReturnedValue(helper) is { } returned)
        {
            Collect(returned, site.Pinned(), symbols, members, depth + 1);
            return;
        }

        if (members.Nesting == 0)
        {
            // What the top level is decides whether its names are all known.
            members.Understood = value is IAnonymousObjectCreationOperation
                || (value is IObjectCreationOperation { Type: INamedTypeSymbol created } && (IsDataObject(created) || IsKeyed(created)));
        }

        switch (value)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                    {
                        AddMember(new JsonBodyMember(property.Property.Name, null, assignment.Value, property.Type, site.Of(assignment.Syntax)), site, symbols, members, depth);
                    }
                }

                break;
            case IObjectCreationOperation creation:
                CollectCreation(creation, site, viaLocal ? holder : null, symbols, members, depth);

                // A JsonObject or dictionary filled in after it was made: body["api_key"] = key; body.Add("token", token);
                if (holder is not null && creation.Type is INamedTypeSymbol keyed && !IsDataObject(keyed)
                    && keyed.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable))
                {
                    foreach (var (key, entry) in Calls.LocalAssignments.EntriesOf(holder))
                    {
                        if (entry is not null)
                        {
                            AddMember(new JsonBodyMember(key, null, entry, entry.Type, site.Site), site, symbols, members, depth);
                        }
                    }
                }

                break;
            default:
                if (value.Type is INamedTypeSymbol type && IsDataObject(type))
                {
                    AddTypeMembers(type, ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, site.Site, symbols, members);
                }
                else if (depth == 0 && value.Type?.SpecialType == SpecialType.System_String)
                {
                    // PostAsJsonAsync(url, apiKey): the whole body is the value.
                    members.Add(new JsonBodyMember(string.Empty, null, value, value.Type, site.Site));
                }

                break;
        }
    }

    private static void CollectCreation(
        IObjectCreationOperation creation,
        Placement site,
        ILocalReferenceOperation? holder,
        KnownSymbols symbols,
        Reading members,
        int depth)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var type = creation.Type as INamedTypeSymbol;

        foreach (var element in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            switch (element)
            {
                // new Dictionary<string, string> { ["api_key"] = key }, new JsonObject { ["token"] = token }
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment
                    when ConstantKey(indexer.Arguments.FirstOrDefault()?.Value) is { } key:
                    AddMember(new JsonBodyMember(key, null, assignment.Value, indexer.Type, site.Of(assignment.Syntax)), site, symbols, members, depth);
                    break;

                // new Dictionary<string, string> { [name] = value }: a key computed at run time.
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } }:
                    members.MissedSome();
                    break;

                // new Dto { ApiKey = key }
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    assigned.Add(property.Property.Name);
                    AddMember(PropertyMember(property.Property, assignment.Value, site.Of(assignment.Syntax), symbols), site, symbols, members, depth);
                    break;

                // new Dictionary<string, string> { { "api_key", key } }
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                    when ConstantKey(add.Arguments[0].Value) is { } key:
                    AddMember(new JsonBodyMember(key, null, add.Arguments[1].Value, add.Arguments[1].Value.Type, site.Of(add.Syntax)), site, symbols, members, depth);
                    break;

                default:
                    // A spread or a computed key: the full set of names is not known.
                    members.MissedSome();
                    break;
            }
        }

        if (type is null || !IsDataObject(type))
        {
            return;
        }

        // new AuthRequest(key, serviceId): a record's (or class's) constructor parameter sets the property of the same name.
        foreach (var argument in creation.Arguments)
        {
            if (argument.IsImplicit || argument.Parameter is null)
            {
                continue;
            }

            var property = SerializedProperties(type).FirstOrDefault(
                p => string.Equals(p.Name, argument.Parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (property is not null && assigned.Add(property.Name))
            {
                AddMember(PropertyMember(property, argument.Value, site.Of(argument.Syntax), symbols), site, symbols, members, depth);
            }
        }

        // Members its declaration sets whatever the call does: required members, members with an initializer.
        if (members.DeclaredDefaults)
        {
            foreach (var property in SerializedProperties(type))
            {
                if (!assigned.Contains(property.Name) && (property.IsRequired || HasDefaultValue(property)))
                {
                    assigned.Add(property.Name);
                    members.Add(PropertyMember(property, null, site.Site, symbols, JsonBodyMemberOrigin.Defaulted));
                }
            }
        }

        // A DTO built in a local and filled in later (body.ApiKey = key): its remaining properties are judged by name.
        if (holder is not null)
        {
            var later = new HashSet<string>(Calls.LocalAssignments.Of(holder).Where(a => a.IsMember).Select(a => a.Property?.Name ?? a.Target), StringComparer.Ordinal);
            AddTypeMembers(type, assigned, later, site.Site, symbols, members);
        }
    }

    // public string Kind { get; init; } = "model"; — a positional record's parameter counts through its constructor.
    private static bool HasDefaultValue(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax { Initializer: not null });

    private static bool IsKeyed(INamedTypeSymbol type) => type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

    private static void AddMember(JsonBodyMember member, Placement site, KnownSymbols symbols, Reading members, int depth)
    {
        members.Add(member);
        if (member.Value is { } value && ValueOrigins.Unwrap(value) is IAnonymousObjectCreationOperation or IObjectCreationOperation)
        {
            members.Nesting++;
            Collect(value, site.IsPinned ? site : new Placement(member.Location, pinned: false), symbols, members, depth + 1);
            members.Nesting--;
        }
    }

    private static void AddTypeMembers(
        INamedTypeSymbol type,
        ICollection<string> assigned,
        ICollection<string> assignedLater,
        Location site,
        KnownSymbols symbols,
        Reading members)
    {
        foreach (var property in SerializedProperties(type))
        {
            if (!assigned.Contains(property.Name))
            {
                var origin = assignedLater.Contains(property.Name) ? JsonBodyMemberOrigin.Written : JsonBodyMemberOrigin.Declared;
                members.Add(PropertyMember(property, null, site, symbols, origin));
            }
        }
    }

    private static JsonBodyMember PropertyMember(IPropertySymbol property, IOperation? value, Location location, KnownSymbols symbols, JsonBodyMemberOrigin origin = JsonBodyMemberOrigin.Written)
    {
        var serialized = SerializedName(property, symbols);
        return serialized is null || serialized == property.Name
            ? new JsonBodyMember(property.Name, null, value, property.Type, location, origin)
            : new JsonBodyMember(serialized, property.Name, value, property.Type, location, origin);
    }

    /// <summary>The public instance properties a serializer writes, base types included, <c>[JsonIgnore]</c> left out.</summary>
    internal static IEnumerable<IPropertySymbol> SerializedProperties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                    && !property.GetAttributes().Any(a => a.AttributeClass?.Name == "JsonIgnoreAttribute")
                    && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    /// <summary><c>[JsonPropertyName("api_key")]</c> or Newtonsoft's <c>[JsonProperty("api_key")]</c> / <c>[JsonProperty(PropertyName = "api_key")]</c>.</summary>
    internal static string? SerializedName(IPropertySymbol property, KnownSymbols symbols)
    {
        foreach (var attribute in property.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.JsonPropertyNameAttribute)
                || SymbolEqualityComparer.Default.Equals(attributeClass, symbols.NewtonsoftJsonPropertyAttribute))
            {
                if (TypedConstants.StringOf(attribute.ConstructorArguments.FirstOrDefault()) is { } name)
                {
                    return name;
                }

                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "PropertyName" && TypedConstants.StringOf(named.Value) is { } propertyName)
                    {
                        return propertyName;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A class, record or struct of the application's own: not a framework type, not a collection.</summary>
    private static bool IsDataObject(INamedTypeSymbol type)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAnonymousType || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        var root = RootNamespace(type);
        if (root is "System" or "Microsoft" or "Newtonsoft")
        {
            return false;
        }

        return !type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace ? null : ns.Name;
    }

    private static string? ConstantKey(IOperation? key) =>
        key?.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>Where members found from here on are reported: on their own syntax, or all on the body argument.</summary>
    private readonly struct Placement
    {
        public Placement(Location site, bool pinned)
        {
            Site = site;
            IsPinned = pinned;
        }

        public Location Site { get; }

        public bool IsPinned { get; }

        public Placement Pinned() => new(Site, pinned: true);

        public Location Of(SyntaxNode member) => IsPinned ? Site : member.GetLocation();
    }

    /// <summary>The members read so far, and what the body's top level shows of its names.</summary>
    private sealed class Reading
    {
        private bool _missedSome;

        public ImmutableArray<JsonBodyMember>.Builder Members { get; } = ImmutableArray.CreateBuilder<JsonBodyMember>();

        public HashSet<string> TopLevelNames { get; } = new(StringComparer.Ordinal);

        /// <summary>How many objects deep the reader is: 0 for the body itself.</summary>
        public int Nesting { get; set; }

        /// <summary>True to add the members a type's declaration sets (a call's whole body is wanted, not only what the code writes).</summary>
        public bool DeclaredDefaults { get; set; }

        /// <summary>True when the top level is a shape whose names the reader knows (an anonymous object, a DTO or keyed collection built in sight).</summary>
        public bool Understood { get; set; }

        public bool ShowsEveryMember => !_missedSome;

        public void Add(JsonBodyMember member)
        {
            Members.Add(member);
            if (Nesting == 0 && member.Origin != JsonBodyMemberOrigin.Declared && member.Name.Length > 0)
            {
                TopLevelNames.Add(member.Name);
            }
        }

        public void MissedSome()
        {
            if (Nesting == 0)
            {
                _missedSome = true;
            }
        }
    }
}
