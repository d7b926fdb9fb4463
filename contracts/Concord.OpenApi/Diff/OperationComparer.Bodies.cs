using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>Request bodies and the media types of any body.</summary>
internal sealed partial class OperationComparer
{
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
}
