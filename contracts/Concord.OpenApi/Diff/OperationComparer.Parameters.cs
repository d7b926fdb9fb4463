using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>Parameters: matched by location and name (path parameters by position), then compared one by one.</summary>
internal sealed partial class OperationComparer
{
    private void CompareParameters(OperationEntry before, OperationEntry after, string subject)
    {
        var baseParameters = OperationParameters.Keyed(before);
        var revisionParameters = OperationParameters.Keyed(after);
        var removed = baseParameters.Keys.Except(revisionParameters.Keys).ToList();
        var added = revisionParameters.Keys.Except(baseParameters.Keys).ToList();

        // The same name in another place is one move, not a removal and an addition.
        foreach (var key in removed.ToArray())
        {
            var (parameter, pointer) = baseParameters[key];
            var moved = added.FirstOrDefault(k => string.Equals(revisionParameters[k].Parameter.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)
                && revisionParameters[k].Parameter.In != ParameterLocation.Path && parameter.In != ParameterLocation.Path);
            if (moved is null)
            {
                continue;
            }

            var target = revisionParameters[moved];
            context.Report(SpecRules.ParameterLocationChanged, $"{subject} parameter '{parameter.Name}'", pointer, target.Pointer,
                OperationParameters.Location(parameter), OperationParameters.Location(target.Parameter));
            removed.Remove(key);
            added.Remove(moved);
        }

        foreach (var key in removed)
        {
            var (parameter, pointer) = baseParameters[key];
            if (parameter.In != ParameterLocation.Path)
            {
                var rule = Deprecations.RemovedBeforeSunset(context, parameter.Extensions, out var sunset) ? SpecRules.ParameterRemovedBeforeSunset
                    : parameter.Deprecated ? SpecRules.DeprecatedParameterRemoved
                    : SpecRules.ParameterRemoved;
                context.Report(rule, Describe(subject, parameter), pointer, after.Pointer, sunset);
            }
        }

        foreach (var key in added)
        {
            var (parameter, pointer) = revisionParameters[key];
            if (parameter.In != ParameterLocation.Path)
            {
                context.Report(parameter.Required ? SpecRules.RequiredParameterAdded : SpecRules.OptionalParameterAdded, Describe(subject, parameter), before.Pointer, pointer);
            }
        }

        foreach (var key in baseParameters.Keys.Intersect(revisionParameters.Keys))
        {
            CompareParameter(subject, baseParameters[key], revisionParameters[key]);
        }
    }

    private void CompareParameter(string operation, (IOpenApiParameter Parameter, string Pointer) before, (IOpenApiParameter Parameter, string Pointer) after)
    {
        var (b, bp) = before;
        var (r, rp) = after;
        var subject = Describe(operation, r);
        if (!b.Required && r.Required)
        {
            context.Report(SpecRules.ParameterBecameRequired, subject, bp, rp);
        }
        else if (b.Required && !r.Required)
        {
            context.Report(SpecRules.ParameterBecameOptional, subject, bp, rp);
        }

        var baseStyle = b.Style ?? DefaultStyle(b);
        var revisionStyle = r.Style ?? DefaultStyle(r);
        if (baseStyle != revisionStyle)
        {
            context.Report(SpecRules.ParameterStyleChanged, subject, bp, rp, Style(baseStyle), Style(revisionStyle));
        }
        else if (b.Explode != r.Explode)
        {
            context.Report(SpecRules.ParameterExplodeChanged, subject, bp, rp, b.Explode ? "true" : "false", r.Explode ? "true" : "false");
        }

        // Deprecated in OpenAPI 3.x, yet 2.0 and 3.0 documents still rely on it; clients sending "" break all the same.
#pragma warning disable CS0618
        if (b.AllowEmptyValue && !r.AllowEmptyValue)
#pragma warning restore CS0618
        {
            context.Report(SpecRules.ParameterEmptyValueDisallowed, subject, bp, rp);
        }

        var baseMedia = b.Content?.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
        var revisionMedia = r.Content?.Keys.Order(StringComparer.Ordinal).FirstOrDefault();
        if (baseMedia is not null && revisionMedia is not null && !string.Equals(baseMedia, revisionMedia, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(SpecRules.ParameterMediaTypeChanged, subject, bp, rp, baseMedia, revisionMedia);
        }

        if (b.AllowReserved && !r.AllowReserved)
        {
            context.Report(SpecRules.ParameterReservedCharactersDisallowed, subject, bp, rp);
        }

        if (!b.Deprecated && r.Deprecated)
        {
            context.Report(SpecRules.ParameterDeprecated, subject, bp, rp);
            Deprecations.CheckWindow(context, subject, r.Extensions, bp, rp, null);
        }

        Deprecations.CompareLifecycle(context, subject, b.Extensions, r.Extensions, bp, rp, null, r.Deprecated);
        var site = new SchemaSite(ChangeDirection.Request, subject, string.Empty, bp + "/schema", rp + "/schema", Reach.None);
        schemas.Compare(SchemaOf(b), SchemaOf(r), site);
    }

    private static IOpenApiSchema? SchemaOf(IOpenApiParameter parameter) =>
        parameter.Schema ?? parameter.Content?.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.Schema).FirstOrDefault();

    private static ParameterStyle DefaultStyle(IOpenApiParameter parameter) =>
        parameter.In is ParameterLocation.Query or ParameterLocation.Cookie ? ParameterStyle.Form : ParameterStyle.Simple;

    private static string Style(ParameterStyle style) => style.ToString().ToLowerInvariant();

    private static string Describe(string operation, IOpenApiParameter parameter) =>
        $"{operation} {OperationParameters.Location(parameter)} parameter '{parameter.Name}'";
}
