using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>The structural half of schema comparison: properties, additional properties, discriminators and composition.</summary>
internal sealed partial class SchemaComparer
{
    private void CompareProperties(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        var baseProperties = baseSchema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var revisionProperties = revisionSchema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var baseRequired = baseSchema.Required ?? new HashSet<string>();
        var revisionRequired = revisionSchema.Required ?? new HashSet<string>();
        var names = new SortedSet<string>(baseProperties.Keys, StringComparer.Ordinal);
        names.UnionWith(revisionProperties.Keys);

        foreach (var name in names)
        {
            baseProperties.TryGetValue(name, out var before);
            revisionProperties.TryGetValue(name, out var after);
            var child = site.Property(name);
            var wasRequired = baseRequired.Contains(name);
            var isRequired = revisionRequired.Contains(name);

            // Clients never send readOnly properties and never receive writeOnly ones.
            if (Invisible(before, site) && Invisible(after, site))
            {
                continue;
            }

            // A property clients never saw (readOnly in a request, writeOnly in a response) that becomes visible is new to them.
            if ((before is null || Invisible(before, site)) && after is not null)
            {
                if (Invisible(after, site))
                {
                    continue;
                }

                Report(site.IsRequest ? (isRequired ? SpecRules.RequiredRequestPropertyAdded : SpecRules.OptionalRequestPropertyAdded) : SpecRules.ResponsePropertyAdded,
                    before is null ? child with { BasePointer = site.BasePointer } : child, null, null);
                continue;
            }

            if (before is not null && after is null)
            {
                if (Invisible(before, site))
                {
                    continue;
                }

                var removed = Resolve(before) ?? before;
                var rule = Deprecations.RemovedBeforeSunset(context, removed.Extensions, out var sunset) ? SpecRules.PropertyRemovedBeforeSunset
                    : removed.Deprecated ? SpecRules.DeprecatedPropertyRemoved
                    : site.IsRequest ? SpecRules.RequestPropertyRemoved
                    : wasRequired ? SpecRules.RequiredResponsePropertyRemoved
                    : SpecRules.OptionalResponsePropertyRemoved;
                Report(rule, child with { RevisionPointer = site.RevisionPointer }, sunset ?? (rule == SpecRules.DeprecatedPropertyRemoved ? "none announced" : null), null);
                continue;
            }

            if (site.IsRequest)
            {
                if (!wasRequired && isRequired && !Invisible(after, site))
                {
                    Report(SpecRules.RequestPropertyBecameRequired, child, null, null);
                }
                else if (wasRequired && !isRequired)
                {
                    Report(SpecRules.RequestPropertyBecameOptional, child, null, null);
                }

                if (Resolve(before!) is { ReadOnly: false } && Resolve(after!) is { ReadOnly: true })
                {
                    Report(SpecRules.RequestPropertyBecameReadOnly, child, null, null);
                }
            }
            else
            {
                if (wasRequired && !isRequired)
                {
                    Report(SpecRules.ResponsePropertyBecameOptional, child, null, null);
                }
                else if (!wasRequired && isRequired)
                {
                    Report(SpecRules.ResponsePropertyBecameRequired, child, null, null);
                }

                if (Resolve(before!) is { WriteOnly: false } && Resolve(after!) is { WriteOnly: true })
                {
                    Report(SpecRules.ResponsePropertyBecameWriteOnly, child, null, null);
                }
            }

            Compare(before, after, child);
        }
    }

    private static bool Invisible(IOpenApiSchema? property, SchemaSite site) =>
        property is not null && Resolve(property) is { } resolved && (site.IsRequest ? resolved.ReadOnly : resolved.WriteOnly);

    private void CompareAdditionalProperties(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        var before = AllowsAdditional(baseSchema);
        var after = AllowsAdditional(revisionSchema);
        if (before && !after)
        {
            Report(site.IsRequest ? SpecRules.RequestAdditionalPropertiesNarrowed : SpecRules.ResponseAdditionalPropertiesNarrowed, site, null, null);
        }
        else if (!before && after)
        {
            Report(site.IsRequest ? SpecRules.RequestAdditionalPropertiesWidened : SpecRules.ResponseAdditionalPropertiesWidened, site, null, null);
        }

        Compare(baseSchema.AdditionalProperties, revisionSchema.AdditionalProperties, site.Child(".*", "additionalProperties"));
    }

    private static bool AllowsAdditional(IOpenApiSchema schema) =>
        schema.AdditionalPropertiesAllowed && (schema.AdditionalProperties is null || !IsFalseSchema(schema.AdditionalProperties));

    private static bool IsFalseSchema(IOpenApiSchema schema) =>
        schema.Not is { } not && not.Type is null && not.Properties is null or { Count: 0 };

    private void CompareDiscriminator(OpenApiDiscriminator? before, OpenApiDiscriminator? after, SchemaSite site)
    {
        if (before is not null && after is null && !site.IsRequest)
        {
            Report(SpecRules.ResponseDiscriminatorRemoved, site, before.PropertyName, null);
        }

        if (before is null || after is null)
        {
            return;
        }

        if (!string.Equals(before.PropertyName, after.PropertyName, StringComparison.Ordinal))
        {
            Report(SpecRules.DiscriminatorPropertyChanged, site, before.PropertyName, after.PropertyName);
        }

        var beforeValues = new SortedSet<string>(before.Mapping?.Keys ?? [], StringComparer.Ordinal);
        var afterValues = new SortedSet<string>(after.Mapping?.Keys ?? [], StringComparer.Ordinal);
        if (site.IsRequest)
        {
            foreach (var removed in beforeValues.Except(afterValues))
            {
                Report(SpecRules.RequestDiscriminatorMappingRemoved, site, removed, null);
            }
        }
        else
        {
            foreach (var added in afterValues.Except(beforeValues))
            {
                Report(SpecRules.ResponseDiscriminatorMappingAdded, site, null, added);
            }
        }
    }

    private void CompareAlternatives(IList<IOpenApiSchema>? before, IList<IOpenApiSchema>? after, string keyword, SchemaSite site)
    {
        if (before is not { Count: > 0 } && after is not { Count: > 0 })
        {
            return;
        }

        var (matched, removed, added) = Match(before ?? [], after ?? []);
        foreach (var name in removed)
        {
            Report(site.IsRequest ? SpecRules.RequestAlternativeRemoved : SpecRules.ResponseAlternativeRemoved, site, $"{keyword} {name}", null);
        }

        foreach (var name in added)
        {
            Report(site.IsRequest ? SpecRules.RequestAlternativeAdded : SpecRules.ResponseAlternativeAdded, site, null, $"{keyword} {name}");
        }

        foreach (var (name, b, r, bi, ri) in matched)
        {
            Compare(b, r, site with
            {
                PropertyPath = site.PropertyPath + $" ({keyword} {name})",
                BasePointer = Loading.JsonPointer.Append(site.BasePointer, keyword, bi.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                RevisionPointer = Loading.JsonPointer.Append(site.RevisionPointer, keyword, ri.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });
        }
    }

    private void CompareAllOf(IList<IOpenApiSchema>? before, IList<IOpenApiSchema>? after, SchemaSite site)
    {
        if (before is not { Count: > 0 } && after is not { Count: > 0 })
        {
            return;
        }

        var (matched, removed, added) = Match(before ?? [], after ?? []);
        if (site.IsRequest)
        {
            foreach (var name in added)
            {
                Report(SpecRules.RequestAllOfAdded, site, null, name);
            }
        }
        else
        {
            foreach (var name in removed)
            {
                Report(SpecRules.ResponseAllOfRemoved, site, name, null);
            }
        }

        // allOf parts describe the same value, so their differences belong to the same subject.
        foreach (var (_, b, r, bi, ri) in matched)
        {
            Compare(b, r, site with
            {
                BasePointer = Loading.JsonPointer.Append(site.BasePointer, "allOf", bi.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                RevisionPointer = Loading.JsonPointer.Append(site.RevisionPointer, "allOf", ri.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });
        }
    }

    /// <summary>Pairs subschemas: references by component name, inline schemas by their order among inline ones.</summary>
    private static (List<(string Name, IOpenApiSchema Base, IOpenApiSchema Revision, int BaseIndex, int RevisionIndex)> Matched, List<string> Removed, List<string> Added)
        Match(IList<IOpenApiSchema> before, IList<IOpenApiSchema> after)
    {
        static List<(string Name, IOpenApiSchema Schema, int Index)> Named(IList<IOpenApiSchema> schemas)
        {
            var inline = 0;
            return schemas.Select((s, i) => (RefId(s) is { } id ? $"'{id}'" : $"#{inline++}", s, i)).ToList();
        }

        var baseNamed = Named(before);
        var revisionNamed = Named(after);
        var revisionByName = revisionNamed.GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var baseNames = baseNamed.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var matched = new List<(string, IOpenApiSchema, IOpenApiSchema, int, int)>();
        var removed = new List<string>();
        foreach (var (name, schema, index) in baseNamed)
        {
            if (revisionByName.TryGetValue(name, out var match))
            {
                matched.Add((name, schema, match.Schema, index, match.Index));
            }
            else
            {
                removed.Add(name);
            }
        }

        var added = revisionNamed.Where(n => !baseNames.Contains(n.Name)).Select(n => n.Name).ToList();
        return (matched, removed, added);
    }
}
