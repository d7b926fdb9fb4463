using System.Globalization;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Compares two schemas in depth, judging each change by the direction data flows. A reference to
/// the same component on both sides is not entered: the component is compared once, on its own, and
/// its findings list the operations that use it. Recursion through differently named references
/// terminates because each pair of schemas is entered at most once per direction.
/// </summary>
internal sealed partial class SchemaComparer(DiffContext context, ComponentUsers users)
{
    // Each pair of schemas compared, per direction, and whether comparing it reported anything.
    private readonly Dictionary<(object Base, object Revision, ChangeDirection Direction), bool> _outcomes = [];

    public void Compare(IOpenApiSchema? baseSchema, IOpenApiSchema? revisionSchema, SchemaSite site) =>
        CompareAndTell(baseSchema, revisionSchema, site);

    /// <summary>Compares two schemas; true when anything was reported for them (now or when the pair was compared before).</summary>
    private bool CompareAndTell(IOpenApiSchema? baseSchema, IOpenApiSchema? revisionSchema, SchemaSite site)
    {
        if (baseSchema is null || revisionSchema is null)
        {
            return false;
        }

        var baseRef = RefId(baseSchema);
        var revisionRef = RefId(revisionSchema);
        if (baseRef is not null && string.Equals(baseRef, revisionRef, StringComparison.Ordinal))
        {
            return false;
        }

        var key = (Identity(baseSchema, baseRef), Identity(revisionSchema, revisionRef), site.Direction);
        if (_outcomes.TryGetValue(key, out var known))
        {
            return known;
        }

        _outcomes[key] = false;
        var reportsBefore = context.ReportCalls;
        var referringSite = site;
        var before = Resolve(baseSchema);
        var after = Resolve(revisionSchema);
        site = site.Pointers(baseRef, revisionRef);
        if (before is not null && after is not null)
        {
            // A component renamed (or swapped for another) is compared once, as a component of its own,
            // with every operation that reaches it under either name, not once per place that refers to it.
            if (baseRef is not null && revisionRef is not null)
            {
                site = site with
                {
                    Owner = $"schema '{revisionRef}' (was '{baseRef}')",
                    PropertyPath = string.Empty,
                    Reach = users.For(baseRef, revisionRef, site.Direction),
                };
            }

            CompareContents(baseSchema, revisionSchema, before, after, site);
        }

        var changed = context.ReportCalls != reportsBefore;

        // Pointing at another component (or inlining one) whose contents are the same is no change for clients.
        if (baseRef != revisionRef && (changed || before is null || after is null))
        {
            context.Report(SpecRules.SchemaReferenceChanged, referringSite.Subject, referringSite.BasePointer, referringSite.RevisionPointer,
                baseRef is null ? "an inline schema" : $"'{baseRef}'", revisionRef is null ? "an inline schema" : $"'{revisionRef}'", referringSite.Reach);
            changed = true;
        }

        _outcomes[key] = changed;
        return changed;
    }

    private void CompareContents(IOpenApiSchema baseSchemaAsWritten, IOpenApiSchema revisionSchemaAsWritten, IOpenApiSchema before, IOpenApiSchema after, SchemaSite site)
    {
        if (CompareWrapping(baseSchemaAsWritten, revisionSchemaAsWritten, before, after, site))
        {
            return;
        }

        // Compared as clients see them: allOf parts merged, except components both sides include as parts.
        var shared = AllOfMerge.SharedParts(before, after);
        var baseSchema = AllOfMerge.Merge(before, shared);
        var revisionSchema = AllOfMerge.Merge(after, shared);
        CompareTypes(baseSchema, revisionSchema, site);
        CompareFormat(baseSchema.Format, revisionSchema.Format, site);
        CompareEnum(baseSchema, revisionSchema, site);
        CompareBounds(baseSchema, revisionSchema, site);
        ComparePattern(baseSchema.Pattern, revisionSchema.Pattern, site);
        CompareScalars(baseSchema, revisionSchema, site);
        CompareKeywords(baseSchema, revisionSchema, site);
        CompareProperties(baseSchema, revisionSchema, site);
        CompareAdditionalProperties(baseSchema, revisionSchema, site);
        CompareDiscriminator(baseSchema.Discriminator, revisionSchema.Discriminator, site);
        Compare(baseSchema.Items, revisionSchema.Items, site.Child("[]", "items"));
        CompareAlternatives(baseSchema.OneOf, revisionSchema.OneOf, "oneOf", site);
        CompareAlternatives(baseSchema.AnyOf, revisionSchema.AnyOf, "anyOf", site);
        CompareAllOf(baseSchema.AllOf, revisionSchema.AllOf, site);
    }

    internal static string? RefId(IOpenApiSchema schema) => schema is OpenApiSchemaReference reference ? reference.Reference?.Id : null;

    /// <summary>
    /// The schema a reference leads to, following chains of references; null for a reference that leads
    /// nowhere or in a circle (a component that only refers to itself describes no value to compare).
    /// </summary>
    internal static IOpenApiSchema? Resolve(IOpenApiSchema schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference?.Id is not { } id || !seen.Add(id))
            {
                return null;
            }

            try
            {
                if (reference.Target is not { } target)
                {
                    return null;
                }

                schema = target;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        return schema;
    }

    private static object Identity(IOpenApiSchema schema, string? refId) => refId is null ? schema : "ref:" + refId;

    private void Report(SpecRule requestRule, SpecRule responseRule, SchemaSite site, string? before, string? after) =>
        context.Report(site.IsRequest ? requestRule : responseRule, site.Subject, site.BasePointer, site.RevisionPointer, before, after, site.Reach);

    private void Report(SpecRule rule, SchemaSite site, string? before, string? after) =>
        context.Report(rule, site.Subject, site.BasePointer, site.RevisionPointer, before, after, site.Reach);

    private void CompareTypes(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        var baseTypes = EffectiveTypes(baseSchema);
        var revisionTypes = EffectiveTypes(revisionSchema);
        if (baseTypes is { } before && revisionTypes is { } after && before != after)
        {
            var describedBefore = Describe(before);
            var describedAfter = Describe(after);
            if (site.IsRequest)
            {
                Report(Covers(after, before) ? SpecRules.RequestTypeWidened : SpecRules.RequestTypeChanged, site, describedBefore, describedAfter);
            }
            else
            {
                Report(Covers(before, after) ? SpecRules.ResponseTypeNarrowed : SpecRules.ResponseTypeChanged, site, describedBefore, describedAfter);
            }
        }

        var baseNull = AllOfMerge.IsNullable(baseSchema);
        var revisionNull = AllOfMerge.IsNullable(revisionSchema);
        if (baseNull && !revisionNull)
        {
            Report(site.IsRequest ? SpecRules.RequestNullRejected : SpecRules.ResponseNullNoLongerReturned, site, null, null);
        }
        else if (!baseNull && revisionNull)
        {
            Report(site.IsRequest ? SpecRules.RequestNullAccepted : SpecRules.ResponseNullReturned, site, null, null);
        }
    }

    private const JsonSchemaType AnyType =
        JsonSchemaType.Boolean | JsonSchemaType.Integer | JsonSchemaType.Number | JsonSchemaType.String | JsonSchemaType.Object | JsonSchemaType.Array;

    /// <summary>The non-null types a schema allows; null when that depends on composition and is not judged here.</summary>
    private static JsonSchemaType? EffectiveTypes(IOpenApiSchema schema)
    {
        var declared = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (declared != 0)
        {
            return declared;
        }

        if (schema.Properties is { Count: > 0 })
        {
            return JsonSchemaType.Object;
        }

        if (schema.Items is not null)
        {
            return JsonSchemaType.Array;
        }

        var composed = schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 } || schema.Not is not null;
        return composed || schema.Enum is { Count: > 0 } || schema.Const is not null ? null : AnyType;
    }

    /// <summary>True when every type in <paramref name="inner"/> is allowed by <paramref name="outer"/> (number allows integer).</summary>
    private static bool Covers(JsonSchemaType outer, JsonSchemaType inner)
    {
        if (outer.HasFlag(JsonSchemaType.Number))
        {
            outer |= JsonSchemaType.Integer;
        }

        return (inner & ~outer) == 0;
    }

    private static string Describe(JsonSchemaType types) =>
        types == AnyType ? "any" : string.Join("|", types.ToIdentifiers());

    private void CompareFormat(string? before, string? after, SchemaSite site)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        if (string.IsNullOrEmpty(before))
        {
            Report(SpecRules.RequestFormatAdded, SpecRules.ResponseFormatAdded, site, before, after);
        }
        else if (string.IsNullOrEmpty(after))
        {
            Report(SpecRules.RequestFormatRemoved, SpecRules.ResponseFormatRemoved, site, before, after);
        }
        else
        {
            Report(SpecRules.RequestFormatChanged, SpecRules.ResponseFormatChanged, site, before, after);
        }
    }

    private void CompareEnum(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        var before = EnumValues(baseSchema);
        var after = EnumValues(revisionSchema);
        if (before.Count == 0 && after.Count == 0)
        {
            return;
        }

        if (before.Count == 0)
        {
            if (site.IsRequest)
            {
                Report(SpecRules.RequestEnumIntroduced, site, null, List(after));
            }

            return;
        }

        if (after.Count == 0)
        {
            if (!site.IsRequest)
            {
                Report(SpecRules.ResponseEnumDropped, site, List(before), null);
            }

            return;
        }

        var removed = before.Except(after).ToArray();
        var added = after.Except(before).ToArray();
        if (removed.Length > 0)
        {
            Report(site.IsRequest ? SpecRules.RequestEnumValueRemoved : SpecRules.ResponseEnumValueRemoved, site, List(removed), null);
        }

        if (added.Length > 0)
        {
            Report(site.IsRequest ? SpecRules.RequestEnumValueAdded : SpecRules.ResponseEnumValueAdded, site, null, List(added));
        }
    }

    private static SortedSet<string> EnumValues(IOpenApiSchema schema) =>
        new((schema.Enum ?? []).Where(v => v is not null).Select(v => v!.ToJsonString()), StringComparer.Ordinal);

    private static string List(IEnumerable<string> values)
    {
        var all = values.ToArray();
        return all.Length <= 8 ? string.Join(", ", all) : string.Join(", ", all.Take(8)) + $" and {all.Length - 8} more";
    }

    private void CompareBounds(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        CompareBound("maximum", Number(baseSchema.Maximum), Number(revisionSchema.Maximum), upper: true, site);
        CompareBound("exclusiveMaximum", Number(baseSchema.ExclusiveMaximum), Number(revisionSchema.ExclusiveMaximum), upper: true, site);
        CompareBound("maxLength", baseSchema.MaxLength, revisionSchema.MaxLength, upper: true, site);
        CompareBound("maxItems", baseSchema.MaxItems, revisionSchema.MaxItems, upper: true, site);
        CompareBound("maxProperties", baseSchema.MaxProperties, revisionSchema.MaxProperties, upper: true, site);
        CompareBound("minimum", Number(baseSchema.Minimum), Number(revisionSchema.Minimum), upper: false, site);
        CompareBound("exclusiveMinimum", Number(baseSchema.ExclusiveMinimum), Number(revisionSchema.ExclusiveMinimum), upper: false, site);
        CompareBound("minLength", baseSchema.MinLength, revisionSchema.MinLength, upper: false, site);
        CompareBound("minItems", baseSchema.MinItems, revisionSchema.MinItems, upper: false, site);
        CompareBound("minProperties", baseSchema.MinProperties, revisionSchema.MinProperties, upper: false, site);
    }

    private static decimal? Number(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private void CompareBound(string keyword, decimal? before, decimal? after, bool upper, SchemaSite site)
    {
        if (before == after)
        {
            return;
        }

        // A missing bound is the loosest bound there is.
        var tightened = upper
            ? after is not null && (before is null || after < before)
            : after is not null && (before is null || after > before);
        var keywordSite = site.Keyword(keyword);
        var describedBefore = before?.ToString(CultureInfo.InvariantCulture) ?? "none";
        var describedAfter = after?.ToString(CultureInfo.InvariantCulture) ?? "none";
        var rule = (upper, tightened, site.IsRequest) switch
        {
            (true, true, true) => SpecRules.RequestUpperBoundNarrowed,
            (true, false, true) => SpecRules.RequestUpperBoundWidened,
            (false, true, true) => SpecRules.RequestLowerBoundNarrowed,
            (false, false, true) => SpecRules.RequestLowerBoundWidened,
            (true, true, false) => SpecRules.ResponseUpperBoundNarrowed,
            (true, false, false) => SpecRules.ResponseUpperBoundWidened,
            (false, true, false) => SpecRules.ResponseLowerBoundNarrowed,
            (false, false, false) => SpecRules.ResponseLowerBoundWidened,
        };
        Report(rule, keywordSite, describedBefore, describedAfter);
    }

    private void ComparePattern(string? before, string? after, SchemaSite site)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        // No pattern and a pattern that matches anything are the same constraint: none.
        var beforeOpen = MatchesAnything(before);
        var afterOpen = MatchesAnything(after);
        if (beforeOpen && afterOpen)
        {
            return;
        }

        if (afterOpen)
        {
            Report(site.IsRequest ? SpecRules.RequestPatternRemoved : SpecRules.ResponsePatternRemoved, site, before, after);
        }
        else if (beforeOpen)
        {
            Report(SpecRules.RequestPatternAdded, SpecRules.ResponsePatternAdded, site, before, after);
        }
        else
        {
            Report(SpecRules.RequestPatternChanged, SpecRules.ResponsePatternChanged, site, before, after);
        }
    }

    private static readonly HashSet<string> MatchAll = new(StringComparer.Ordinal)
    {
        ".*", "^.*$", "^.*", ".*$", "^(.*)$", "(.*)", "[\\s\\S]*", "^[\\s\\S]*$", "(?s).*", "^(?s).*$",
    };

    private static bool MatchesAnything(string? pattern) => string.IsNullOrEmpty(pattern) || MatchAll.Contains(pattern);

    private void CompareScalars(IOpenApiSchema baseSchema, IOpenApiSchema revisionSchema, SchemaSite site)
    {
        if (baseSchema.MultipleOf != revisionSchema.MultipleOf)
        {
            Report(SpecRules.RequestMultipleOfChanged, SpecRules.ResponseMultipleOfChanged, site,
                baseSchema.MultipleOf?.ToString(CultureInfo.InvariantCulture) ?? "none", revisionSchema.MultipleOf?.ToString(CultureInfo.InvariantCulture) ?? "none");
        }

        var baseUnique = baseSchema.UniqueItems == true;
        var revisionUnique = revisionSchema.UniqueItems == true;
        if (site.IsRequest && !baseUnique && revisionUnique)
        {
            Report(SpecRules.RequestUniqueItemsRequired, site, null, null);
        }
        else if (!site.IsRequest && baseUnique && !revisionUnique)
        {
            Report(SpecRules.ResponseUniqueItemsDropped, site, null, null);
        }

        CompareConst(baseSchema.Const, revisionSchema.Const, site);

        if (baseSchema.Default is { } baseDefault && revisionSchema.Default is { } revisionDefault
            && !string.Equals(baseDefault.ToJsonString(), revisionDefault.ToJsonString(), StringComparison.Ordinal))
        {
            Report(site.IsRequest ? SpecRules.RequestDefaultChanged : SpecRules.ResponseDefaultChanged, site, baseDefault.ToJsonString(), revisionDefault.ToJsonString());
        }

        if (!baseSchema.Deprecated && revisionSchema.Deprecated)
        {
            Report(SpecRules.PropertyDeprecated, site, null, null);
            Deprecations.CheckWindow(context, site.Subject, revisionSchema.Extensions, site.BasePointer, site.RevisionPointer, site.Reach);
        }

        Deprecations.CompareLifecycle(context, site.Subject, baseSchema.Extensions, revisionSchema.Extensions, site.BasePointer, site.RevisionPointer, site.Reach, revisionSchema.Deprecated);
    }

    /// <summary>Adding a const narrows what is accepted and removing one widens what is returned; each side judged by the flow.</summary>
    private void CompareConst(string? before, string? after, SchemaSite site)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        if (before is not null && after is not null)
        {
            Report(SpecRules.RequestConstChanged, SpecRules.ResponseConstChanged, site, before, after);
        }
        else if (after is not null)
        {
            Report(SpecRules.RequestConstChanged, SpecRules.ResponseConstAdded, site, "none", after);
        }
        else
        {
            Report(SpecRules.RequestConstRemoved, SpecRules.ResponseConstRemoved, site, before, null);
        }
    }
}
