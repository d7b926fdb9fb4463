using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>Compares one operation present in both documents: parameters, request body, responses, deprecation.</summary>
internal sealed class OperationComparer(DiffContext context, SchemaComparer schemas)
{
    /// <summary>
    /// A webhook's payload is sent by the server and read by subscribers: it is judged like a response,
    /// and what subscribers answer like a request.
    /// </summary>
    public void CompareWebhook(OperationEntry before, OperationEntry after)
    {
        var subject = after.Display;
        CompareContent(before.Operation.RequestBody?.Content, after.Operation.RequestBody?.Content,
            before.Pointer + "/requestBody", after.Pointer + "/requestBody", subject, $"{subject} payload", ChangeDirection.Response);
        Deprecations.CompareOperation(context, before, after);
    }

    public void Compare(OperationEntry before, OperationEntry after)
    {
        var subject = after.Display;
        for (var i = 0; i < Math.Min(before.Path.ParameterNames.Count, after.Path.ParameterNames.Count); i++)
        {
            if (!string.Equals(before.Path.ParameterNames[i], after.Path.ParameterNames[i], StringComparison.Ordinal))
            {
                context.Report(SpecRules.PathParameterRenamed, subject, before.Pointer, after.Pointer, before.Path.ParameterNames[i], after.Path.ParameterNames[i]);
            }
        }

        CompareOperationId(before, after, subject);
        CompareTags(before, after, subject);
        CompareCallbacks(before, after, subject);
        Deprecations.CompareOperation(context, before, after);
        CompareParameters(before, after, subject);
        CompareRequestBody(before, after, subject);
        CompareResponses(before, after, subject);
    }

    private void CompareOperationId(OperationEntry before, OperationEntry after, string subject)
    {
        var was = before.Operation.OperationId;
        var now = after.Operation.OperationId;
        if (string.IsNullOrEmpty(was) || string.Equals(was, now, StringComparison.Ordinal))
        {
            return;
        }

        context.Report(string.IsNullOrEmpty(now) ? SpecRules.OperationIdRemoved : SpecRules.OperationIdChanged, subject, before.Pointer, after.Pointer, was, now);
    }

    private void CompareTags(OperationEntry before, OperationEntry after, string subject)
    {
        var was = (before.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>();
        var now = (after.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var tag in was.Where(t => !now.Contains(t)).OrderBy(t => t, StringComparer.Ordinal))
        {
            context.Report(SpecRules.OperationTagRemoved, subject, before.Pointer, after.Pointer, tag);
        }
    }

    private void CompareCallbacks(OperationEntry before, OperationEntry after, string subject)
    {
        var was = before.Operation.Callbacks?.Keys ?? [];
        var now = after.Operation.Callbacks?.Keys ?? [];
        foreach (var name in was.Except(now).OrderBy(n => n, StringComparer.Ordinal))
        {
            context.Report(SpecRules.CallbackRemoved, subject, JsonPointer.Append(before.Pointer, "callbacks", name), after.Pointer, name);
        }

        foreach (var name in now.Except(was).OrderBy(n => n, StringComparer.Ordinal))
        {
            context.Report(SpecRules.CallbackAdded, subject, before.Pointer, JsonPointer.Append(after.Pointer, "callbacks", name), null, name);
        }
    }

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
                context.Report(parameter.Deprecated ? SpecRules.DeprecatedParameterRemoved : SpecRules.ParameterRemoved, Describe(subject, parameter), pointer, after.Pointer);
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

        if (b.AllowReserved && !r.AllowReserved)
        {
            context.Report(SpecRules.ParameterReservedCharactersDisallowed, subject, bp, rp);
        }

        if (!b.Deprecated && r.Deprecated)
        {
            context.Report(SpecRules.ParameterDeprecated, subject, bp, rp);
        }

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

    private void CompareRequestBody(OperationEntry before, OperationEntry after, string subject)
    {
        var b = before.Operation.RequestBody;
        var r = after.Operation.RequestBody;
        var bp = before.Pointer + "/requestBody";
        var rp = after.Pointer + "/requestBody";
        if (b is null && r is null)
        {
            return;
        }

        if (b is null)
        {
            context.Report(r!.Required ? SpecRules.RequiredRequestBodyAdded : SpecRules.OptionalRequestBodyAdded, subject, before.Pointer, rp);
            return;
        }

        if (r is null)
        {
            context.Report(SpecRules.RequestBodyRemoved, subject, bp, after.Pointer);
            return;
        }

        if (!b.Required && r.Required)
        {
            context.Report(SpecRules.RequestBodyBecameRequired, subject, bp, rp);
        }
        else if (b.Required && !r.Required)
        {
            context.Report(SpecRules.RequestBodyBecameOptional, subject, bp, rp);
        }

        CompareContent(b.Content, r.Content, bp, rp, subject, $"{subject} request body", ChangeDirection.Request);
    }

    private void CompareResponses(OperationEntry before, OperationEntry after, string subject)
    {
        var b = before.Operation.Responses ?? new OpenApiResponses();
        var r = after.Operation.Responses ?? new OpenApiResponses();
        foreach (var status in b.Keys.Union(r.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var bp = JsonPointer.Append(before.Pointer, "responses", status);
            var rp = JsonPointer.Append(after.Pointer, "responses", status);
            b.TryGetValue(status, out var was);
            r.TryGetValue(status, out var now);
            if (now is null)
            {
                var success = status.StartsWith('2');
                context.Report(success ? SpecRules.SuccessResponseRemoved : SpecRules.ErrorResponseRemoved, subject, bp, JsonPointer.Append(after.Pointer, "responses"), status);
                continue;
            }

            if (was is null)
            {
                context.Report(SpecRules.ResponseAdded, subject, JsonPointer.Append(before.Pointer, "responses"), rp, null, status);
                continue;
            }

            var owner = $"{subject} response {status}";
            if (was.Content is { Count: > 0 } && now.Content is not { Count: > 0 })
            {
                context.Report(SpecRules.ResponseBodyRemoved, owner, bp, rp);
            }
            else
            {
                CompareContent(was.Content, now.Content, bp, rp, owner, owner, ChangeDirection.Response);
            }

            CompareHeaders(was, now, bp, rp, owner);
        }
    }

    private void CompareContent(
        IDictionary<string, IOpenApiMediaType>? before, IDictionary<string, IOpenApiMediaType>? after, string bp, string rp, string subject, string owner, ChangeDirection direction)
    {
        before ??= new Dictionary<string, IOpenApiMediaType>();
        after ??= new Dictionary<string, IOpenApiMediaType>();
        var request = direction == ChangeDirection.Request;
        foreach (var mediaType in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var bm = JsonPointer.Append(bp, "content", mediaType);
            var rm = JsonPointer.Append(rp, "content", mediaType);
            before.TryGetValue(mediaType, out var was);
            after.TryGetValue(mediaType, out var now);
            if (now is null)
            {
                context.Report(request ? SpecRules.RequestMediaTypeRemoved : SpecRules.ResponseMediaTypeRemoved, subject, bm, rp, mediaType);
            }
            else if (was is null)
            {
                context.Report(request ? SpecRules.RequestMediaTypeAdded : SpecRules.ResponseMediaTypeAdded, subject, bp, rm, null, mediaType);
            }
            else
            {
                var site = new SchemaSite(direction, $"{owner} ({mediaType})", string.Empty, bm + "/schema", rm + "/schema", Reach.None);
                schemas.Compare(was.Schema, now.Schema, site);
            }
        }
    }

    private void CompareHeaders(IOpenApiResponse before, IOpenApiResponse after, string bp, string rp, string owner)
    {
        var b = before.Headers ?? new Dictionary<string, IOpenApiHeader>();
        var r = after.Headers ?? new Dictionary<string, IOpenApiHeader>();
        var names = new SortedSet<string>(b.Keys.Concat(r.Keys).Select(n => n.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var name in names)
        {
            var was = b.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            var now = r.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            var bh = was.Key is null ? bp : JsonPointer.Append(bp, "headers", was.Key);
            var rh = now.Key is null ? rp : JsonPointer.Append(rp, "headers", now.Key);
            if (now.Value is null)
            {
                context.Report(was.Value.Required ? SpecRules.RequiredResponseHeaderRemoved : SpecRules.OptionalResponseHeaderRemoved, owner, bh, rh, was.Key);
            }
            else if (was.Value is null)
            {
                context.Report(SpecRules.ResponseHeaderAdded, owner, bh, rh, null, now.Key);
            }
            else
            {
                if (was.Value.Required && !now.Value.Required)
                {
                    context.Report(SpecRules.ResponseHeaderBecameOptional, owner, bh, rh, was.Key);
                }
                else if (!was.Value.Required && now.Value.Required)
                {
                    context.Report(SpecRules.ResponseHeaderBecameRequired, owner, bh, rh, null, now.Key);
                }

                if (!was.Value.Deprecated && now.Value.Deprecated)
                {
                    context.Report(SpecRules.ResponseHeaderDeprecated, owner, bh, rh, null, now.Key);
                }

                var site = new SchemaSite(ChangeDirection.Response, $"{owner} header '{now.Key}'", string.Empty, bh + "/schema", rh + "/schema", Reach.None);
                schemas.Compare(was.Value.Schema, now.Value.Schema, site);
            }
        }
    }
}
