using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>Compares one operation present in both documents: parameters, request body, responses, deprecation.</summary>
internal sealed partial class OperationComparer(DiffContext context, SchemaComparer schemas)
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
}
