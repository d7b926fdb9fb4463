using Concord.Core.Findings;
using Concord.OpenApi.Loading;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Compares two versions of an OpenAPI document and reports what changed for clients, as findings of
/// the spec lens (CORD200–CORD399). The result is deterministic: same inputs, same findings, same order.
/// </summary>
public static class SpecDiff
{
    /// <summary>Diffs <paramref name="baseDocument"/> (what clients were built against) with <paramref name="revision"/>.</summary>
    public static IReadOnlyList<Finding> Compare(SpecDocument baseDocument, SpecDocument revision, SpecDiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseDocument);
        ArgumentNullException.ThrowIfNull(revision);
        var context = new DiffContext(baseDocument, revision, options ?? SpecDiffOptions.Default);
        context.ReportReaderWarnings(baseDocument, "base");
        context.ReportReaderWarnings(revision, "revision");
        CompareDocument(context);

        var before = Visible(context, OperationEntry.Index(baseDocument.Model));
        var after = Visible(context, OperationEntry.Index(revision.Model));
        var webhooksBefore = Visible(context, OperationEntry.Webhooks(baseDocument.Model));
        var webhooksAfter = Visible(context, OperationEntry.Webhooks(revision.Model));
        var users = new ComponentUsers(context, Union(before, webhooksBefore), Union(after, webhooksAfter));
        var schemas = new SchemaComparer(context, users);

        var matched = new PathComparer(context).Compare(before, after);
        var operations = new OperationComparer(context, schemas);
        var servers = new ServerComparer(context);
        foreach (var (b, r) in matched)
        {
            operations.Compare(b, r);
            servers.CompareOperation(b, r);
        }

        CompareWebhooks(context, operations, webhooksBefore, webhooksAfter);
        var security = new SecurityComparer(context);
        security.CompareSchemes();
        security.CompareRequirements(matched);
        servers.Compare();
        CompareComponents(context, schemas, users);
        return context.Findings();
    }

    private static SortedDictionary<string, OperationEntry> Visible(DiffContext context, SortedDictionary<string, OperationEntry> operations)
    {
        foreach (var key in operations.Where(o => context.IsIgnored(o.Value)).Select(o => o.Key).ToArray())
        {
            operations.Remove(key);
        }

        return operations;
    }

    private static SortedDictionary<string, OperationEntry> Union(SortedDictionary<string, OperationEntry> operations, SortedDictionary<string, OperationEntry> webhooks)
    {
        var all = new SortedDictionary<string, OperationEntry>(operations, StringComparer.Ordinal);
        foreach (var (key, webhook) in webhooks)
        {
            all[key] = webhook;
        }

        return all;
    }

    private static void CompareDocument(DiffContext context)
    {
        var was = context.Base.Model.Info?.Version;
        var now = context.Revision.Model.Info?.Version;
        if (!string.Equals(was, now, StringComparison.Ordinal))
        {
            context.Report(SpecRules.ApiVersionChanged, "info.version", "#/info", "#/info", was, now);
        }

        if (!string.Equals(context.Base.SpecVersion, context.Revision.SpecVersion, StringComparison.Ordinal))
        {
            context.Report(SpecRules.SpecVersionChanged, "the document", JsonPointer.Root, JsonPointer.Root, context.Base.SpecVersion, context.Revision.SpecVersion);
        }
    }

    private static void CompareWebhooks(
        DiffContext context, OperationComparer operations, SortedDictionary<string, OperationEntry> before, SortedDictionary<string, OperationEntry> after)
    {
        foreach (var (key, webhook) in before)
        {
            if (after.TryGetValue(key, out var now))
            {
                operations.CompareWebhook(webhook, now);
            }
            else
            {
                context.Report(SpecRules.WebhookRemoved, webhook.Display, webhook.Pointer, "#/webhooks");
            }
        }

        foreach (var (key, webhook) in after)
        {
            if (!before.ContainsKey(key))
            {
                context.Report(SpecRules.WebhookAdded, webhook.Display, "#/webhooks", webhook.Pointer);
            }
        }
    }

    /// <summary>Each schema component reached by an operation is compared once per direction it is used in.</summary>
    private static void CompareComponents(DiffContext context, SchemaComparer schemas, ComponentUsers users)
    {
        var baseSchemas = context.Base.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var revisionSchemas = context.Revision.Model.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var id in baseSchemas.Keys.Union(revisionSchemas.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            var pointer = SchemaSite.ComponentPointer(id);
            baseSchemas.TryGetValue(id, out var was);
            revisionSchemas.TryGetValue(id, out var now);
            if (now is null)
            {
                context.Report(SpecRules.SchemaComponentRemoved, $"schema '{id}'", pointer, "#/components/schemas");
                continue;
            }

            if (was is null)
            {
                context.Report(SpecRules.SchemaComponentAdded, $"schema '{id}'", "#/components/schemas", pointer);
                continue;
            }

            foreach (var direction in new[] { ChangeDirection.Request, ChangeDirection.Response })
            {
                var reach = users.For(id, id, direction);
                if (reach.Operations.Count > 0)
                {
                    schemas.Compare(was, now, new SchemaSite(direction, $"schema '{id}'", string.Empty, pointer, pointer, reach));
                }
            }
        }
    }
}
