using System.Globalization;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// A schema wrapped in (or unwrapped from) <c>oneOf</c>/<c>anyOf</c>: <c>X</c> → <c>oneOf: [X, Y]</c>. X is
/// not a new alternative and its properties are not removed: X is compared with the alternative it became,
/// and only the other alternatives are new (or gone).
/// </summary>
internal sealed partial class SchemaComparer
{
    private bool CompareWrapping(IOpenApiSchema baseAsWritten, IOpenApiSchema revisionAsWritten, IOpenApiSchema before, IOpenApiSchema after, SchemaSite site)
    {
        var wrappedBefore = Alternatives(before);
        var wrappedAfter = Alternatives(after);
        if ((wrappedBefore is null) == (wrappedAfter is null))
        {
            return false;
        }

        if (wrappedAfter is { } wrapping)
        {
            // X → oneOf/anyOf [.., X, ..]
            var index = Counterpart(wrapping.Parts, baseAsWritten, before);
            if (index < 0)
            {
                return false;
            }

            CompareAndTell(baseAsWritten, wrapping.Parts[index], site with { RevisionPointer = Part(site.RevisionPointer, wrapping.Keyword, index) });
            for (var i = 0; i < wrapping.Parts.Count; i++)
            {
                if (i == index)
                {
                    continue;
                }

                var name = $"{wrapping.Keyword} {PartName(wrapping.Parts, i)}";
                var partSite = site with { RevisionPointer = Part(site.RevisionPointer, wrapping.Keyword, i) };
                Report(site.IsRequest ? SpecRules.RequestAlternativeAdded : SpecRules.ResponseAlternativeAdded, partSite, null, name);

                // oneOf accepts a value matching exactly one alternative: a former request that also matches the
                // new alternative is now rejected.
                if (site.IsRequest && wrapping.Keyword == "oneOf" && Resolve(wrapping.Parts[i]) is { } other && !Distinguishable(before, other))
                {
                    Report(SpecRules.RequestOneOfAmbiguous, partSite, null, name);
                }
            }

            return true;
        }

        // oneOf/anyOf [.., X, ..] → X
        var unwrapped = wrappedBefore!.Value;
        var kept = Counterpart(unwrapped.Parts, revisionAsWritten, after);
        if (kept < 0)
        {
            return false;
        }

        CompareAndTell(unwrapped.Parts[kept], revisionAsWritten, site with { BasePointer = Part(site.BasePointer, unwrapped.Keyword, kept) });
        for (var i = 0; i < unwrapped.Parts.Count; i++)
        {
            if (i != kept)
            {
                var partSite = site with { BasePointer = Part(site.BasePointer, unwrapped.Keyword, i) };
                Report(site.IsRequest ? SpecRules.RequestAlternativeRemoved : SpecRules.ResponseAlternativeRemoved, partSite, $"{unwrapped.Keyword} {PartName(unwrapped.Parts, i)}", null);
            }
        }

        return true;
    }

    /// <summary>The alternatives of a schema that is only a oneOf or anyOf (no properties of its own beside them).</summary>
    private static (string Keyword, IList<IOpenApiSchema> Parts)? Alternatives(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || (schema.OneOf is { Count: > 0 } && schema.AnyOf is { Count: > 0 }))
        {
            return null;
        }

        return schema.OneOf is { Count: > 0 } oneOf ? ("oneOf", oneOf) : schema.AnyOf is { Count: > 0 } anyOf ? ("anyOf", anyOf) : null;
    }

    /// <summary>
    /// Which alternative the plain schema became: the same component if one is, otherwise the only alternative
    /// of the same type; -1 when none can be told.
    /// </summary>
    private static int Counterpart(IList<IOpenApiSchema> parts, IOpenApiSchema asWritten, IOpenApiSchema resolved)
    {
        if (RefId(asWritten) is { } id)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (string.Equals(RefId(parts[i]), id, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        var types = EffectiveTypes(resolved);
        var sameType = Enumerable.Range(0, parts.Count)
            .Where(i => Resolve(parts[i]) is { } part && EffectiveTypes(part) is { } partTypes && types is { } t && partTypes == t)
            .ToArray();
        return sameType.Length == 1 ? sameType[0] : -1;
    }

    /// <summary>
    /// True when no value valid for <paramref name="former"/> can also match <paramref name="other"/>: their
    /// types are disjoint, a discriminator tells them apart, <paramref name="other"/> requires a property
    /// <paramref name="former"/> does not describe (so clients never sent it), or a property both describe has
    /// disjoint const/enum values.
    /// </summary>
    private static bool Distinguishable(IOpenApiSchema former, IOpenApiSchema other)
    {
        if (EffectiveTypes(former) is { } a && EffectiveTypes(other) is { } b && !Covers(a, b) && !Covers(b, a) && (Widen(a) & Widen(b)) == 0)
        {
            return true;
        }

        if (former.Discriminator is not null || other.Discriminator is not null)
        {
            return true;
        }

        var formerProperties = former.Properties ?? new Dictionary<string, IOpenApiSchema>();
        if ((other.Required ?? new HashSet<string>()).Any(name => !formerProperties.ContainsKey(name)))
        {
            return true;
        }

        foreach (var (name, property) in other.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (formerProperties.TryGetValue(name, out var mine) && Resolve(mine) is { } x && Resolve(property) is { } y
                && Values(x) is { } xs && Values(y) is { } ys && !xs.Overlaps(ys))
            {
                return true;
            }
        }

        return false;

        static JsonSchemaType Widen(JsonSchemaType types) => types.HasFlag(JsonSchemaType.Number) ? types | JsonSchemaType.Integer : types;

        static HashSet<string>? Values(IOpenApiSchema schema) =>
            schema.Const is { } constant ? [System.Text.Json.JsonSerializer.Serialize(constant)]
            : schema.Enum is { Count: > 0 } values ? values.Select(v => v?.ToJsonString() ?? "null").ToHashSet(StringComparer.Ordinal)
            : null;
    }

    private static string PartName(IList<IOpenApiSchema> parts, int index) =>
        RefId(parts[index]) is { } id ? $"'{id}'" : "#" + index.ToString(CultureInfo.InvariantCulture);

    private static string Part(string pointer, string keyword, int index) =>
        Loading.JsonPointer.Append(pointer, keyword, index.ToString(CultureInfo.InvariantCulture));
}
