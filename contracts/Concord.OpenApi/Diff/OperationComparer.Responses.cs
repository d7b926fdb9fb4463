using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>Responses per status code, their media types and headers.</summary>
internal sealed partial class OperationComparer
{
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
