using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// The view of a schema that clients see: an <c>allOf</c> of object-like parts is one object with every
/// part's properties and required names. Comparing these views, a refactor between an allOf composition
/// and a flat schema (or a <c>nullable</c> wrapper around <c>allOf: [X]</c> and a nullable copy of X)
/// is no change. Parts that are the same component on both sides are kept as parts: that component is
/// compared once on its own, and its changes are not repeated in every schema that includes it.
/// </summary>
internal static class AllOfMerge
{
    /// <summary>Set by the loader on an OpenAPI 3.0 schema that says <c>nullable: true</c> without a <c>type</c> (the reader drops it).</summary>
    public const string TypelessNullable = "x-concord-nullable";

    private const int MaxDepth = 32;

    /// <summary>True when the schema accepts null: a null type, or a 3.0 <c>nullable: true</c> with no type.</summary>
    public static bool IsNullable(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) || schema.Extensions?.ContainsKey(TypelessNullable) == true;

    /// <summary>The component ids both lists include as allOf parts.</summary>
    public static HashSet<string> SharedParts(IOpenApiSchema before, IOpenApiSchema after)
    {
        var shared = new HashSet<string>(Ids(before), StringComparer.Ordinal);
        shared.IntersectWith(Ids(after));
        return shared;

        static IEnumerable<string> Ids(IOpenApiSchema schema) =>
            (schema.AllOf ?? []).Select(SchemaComparer.RefId).OfType<string>();
    }

    /// <summary>
    /// The merged view, or the schema itself when it has no allOf or a part cannot be merged (a part with
    /// oneOf, anyOf or not, which are compared part by part as before).
    /// </summary>
    public static IOpenApiSchema Merge(IOpenApiSchema schema, IReadOnlySet<string> keptParts)
    {
        if (schema.AllOf is not { Count: > 0 } || !Mergeable(schema, keptParts, 0, []) || schema is not OpenApiSchema)
        {
            return schema;
        }

        return Merged(schema, keptParts, 0);
    }

    private static bool Mergeable(IOpenApiSchema schema, IReadOnlySet<string> keptParts, int depth, HashSet<string> visiting)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        foreach (var part in schema.AllOf ?? [])
        {
            var id = SchemaComparer.RefId(part);
            if (id is not null && keptParts.Contains(id))
            {
                continue;
            }

            if (id is not null && !visiting.Add(id))
            {
                return false;
            }

            var resolved = SchemaComparer.Resolve(part);
            var ok = resolved is OpenApiSchema && resolved.OneOf is not { Count: > 0 } && resolved.AnyOf is not { Count: > 0 } && resolved.Not is null
                && Mergeable(resolved, new HashSet<string>(StringComparer.Ordinal), depth + 1, visiting);
            if (id is not null)
            {
                visiting.Remove(id);
            }

            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static OpenApiSchema Merged(IOpenApiSchema outer, IReadOnlySet<string> keptParts, int depth)
    {
        var merged = (OpenApiSchema)outer.CreateShallowCopy();
        merged.AllOf = (outer.AllOf ?? []).Where(p => SchemaComparer.RefId(p) is { } id && keptParts.Contains(id)).ToList();
        merged.Properties = new Dictionary<string, IOpenApiSchema>(outer.Properties ?? new Dictionary<string, IOpenApiSchema>(), StringComparer.Ordinal);
        merged.Required = new HashSet<string>(outer.Required ?? new HashSet<string>(), StringComparer.Ordinal);

        // The outer schema's own null decides; with no word from it, null is allowed only if every part allows it.
        var nullable = IsNullable(outer);
        var everyPartNullable = true;
        var types = NonNullTypes(outer);
        var parts = 0;
        foreach (var part in outer.AllOf ?? [])
        {
            if (SchemaComparer.RefId(part) is { } id && keptParts.Contains(id))
            {
                continue;
            }

            var resolved = SchemaComparer.Resolve(part)!;
            if (resolved.AllOf is { Count: > 0 } && depth < MaxDepth)
            {
                resolved = Merged(resolved, new HashSet<string>(StringComparer.Ordinal), depth + 1);
                foreach (var kept in resolved.AllOf ?? [])
                {
                    merged.AllOf.Add(kept);
                }
            }

            parts++;
            everyPartNullable &= IsNullable(resolved);
            if (NonNullTypes(resolved) is { } partTypes)
            {
                types = types is { } t ? t & partTypes : partTypes;
            }

            foreach (var (name, property) in resolved.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                merged.Properties.TryAdd(name, property);
            }

            merged.Required.UnionWith(resolved.Required ?? new HashSet<string>());
            FillIn(merged, resolved);
        }

        var allowsNull = nullable || (parts > 0 && everyPartNullable && NonNullTypes(outer) is null);
        merged.Type = (types, allowsNull) switch
        {
            (null, false) => null,
            (null, true) => JsonSchemaType.Null,
            ({ } t, _) => allowsNull ? t | JsonSchemaType.Null : t,
        };

        // The merged view is a new object: a marker the loader set on the outer schema now says what Type says.
        if (merged.Extensions?.ContainsKey(TypelessNullable) == true)
        {
            merged.Extensions = new Dictionary<string, IOpenApiExtension>(merged.Extensions);
            merged.Extensions.Remove(TypelessNullable);
        }

        return merged;
    }

    private static JsonSchemaType? NonNullTypes(IOpenApiSchema schema) =>
        schema.Type is { } type && (type & ~JsonSchemaType.Null) is var bits && bits != 0 ? bits : null;

    /// <summary>Keywords the merged view takes from the first part that sets them, when the outer schema does not.</summary>
    private static void FillIn(OpenApiSchema merged, IOpenApiSchema part)
    {
        merged.Format ??= part.Format;
        merged.Pattern ??= part.Pattern;
        merged.Const ??= part.Const;
        merged.Default ??= part.Default;
        merged.Items ??= part.Items;
        merged.AdditionalProperties ??= part.AdditionalProperties;
        merged.AdditionalPropertiesAllowed &= part.AdditionalPropertiesAllowed;
        merged.Discriminator ??= part.Discriminator;
        merged.Maximum ??= part.Maximum;
        merged.Minimum ??= part.Minimum;
        merged.ExclusiveMaximum ??= part.ExclusiveMaximum;
        merged.ExclusiveMinimum ??= part.ExclusiveMinimum;
        merged.MaxLength ??= part.MaxLength;
        merged.MinLength ??= part.MinLength;
        merged.MaxItems ??= part.MaxItems;
        merged.MinItems ??= part.MinItems;
        merged.MaxProperties ??= part.MaxProperties;
        merged.MinProperties ??= part.MinProperties;
        merged.MultipleOf ??= part.MultipleOf;
        merged.UniqueItems ??= part.UniqueItems;
        merged.ReadOnly |= part.ReadOnly;
        merged.WriteOnly |= part.WriteOnly;
        merged.Deprecated |= part.Deprecated;
        if (merged.Enum is not { Count: > 0 } && part.Enum is { Count: > 0 })
        {
            merged.Enum = part.Enum;
        }
    }
}
