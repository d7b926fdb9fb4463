using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Which operations reach each schema component, and in which direction, following references
/// transitively. Built once per document so a shared component's change is reported once, with
/// the operations it affects, however many paths of references lead to it.
/// </summary>
internal sealed class ComponentReach
{
    private readonly Dictionary<string, HashSet<string>> _directRefs = new(StringComparer.Ordinal);
    private readonly OpenApiDocument _document;

    private ComponentReach(OpenApiDocument document) => _document = document;

    /// <summary>component → direction → operation keys.</summary>
    public Dictionary<string, Dictionary<ChangeDirection, SortedSet<string>>> ByComponent { get; } = new(StringComparer.Ordinal);

    public static ComponentReach Build(OpenApiDocument document, IEnumerable<OperationEntry> operations)
    {
        var reach = new ComponentReach(document);
        foreach (var operation in operations)
        {
            // A webhook's payload flows from the server to its subscribers, like a response.
            reach.Walk(operation, operation.IsWebhook ? ChangeDirection.Response : ChangeDirection.Request, RequestSchemas(operation));
            reach.Walk(operation, operation.IsWebhook ? ChangeDirection.Request : ChangeDirection.Response, ResponseSchemas(operation));
        }

        return reach;
    }

    private void Walk(OperationEntry operation, ChangeDirection direction, IEnumerable<IOpenApiSchema> roots)
    {
        var queue = new Queue<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            var refs = new HashSet<string>(StringComparer.Ordinal);
            CollectRefs(root, refs, depth: 0);
            foreach (var id in refs)
            {
                if (seen.Add(id))
                {
                    queue.Enqueue(id);
                }
            }
        }

        while (queue.TryDequeue(out var id))
        {
            if (!ByComponent.TryGetValue(id, out var directions))
            {
                ByComponent[id] = directions = [];
            }

            if (!directions.TryGetValue(direction, out var keys))
            {
                directions[direction] = keys = new SortedSet<string>(StringComparer.Ordinal);
            }

            keys.Add(operation.Key);
            foreach (var next in DirectRefs(id))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
    }

    private HashSet<string> DirectRefs(string id)
    {
        if (!_directRefs.TryGetValue(id, out var refs))
        {
            refs = new HashSet<string>(StringComparer.Ordinal);
            _directRefs[id] = refs;
            if (_document.Components?.Schemas?.TryGetValue(id, out var schema) == true)
            {
                CollectRefs(schema, refs, depth: 0);
            }
        }

        return refs;
    }

    /// <summary>Collects the components a schema refers to without entering them.</summary>
    private static void CollectRefs(IOpenApiSchema? schema, HashSet<string> refs, int depth)
    {
        if (schema is null || depth > 64)
        {
            return;
        }

        // A component that is itself a reference is an alias: it reaches its target.
        if (SchemaComparer.RefId(schema) is { } id)
        {
            refs.Add(id);
            return;
        }

        foreach (var property in schema.Properties?.Values ?? [])
        {
            CollectRefs(property, refs, depth + 1);
        }

        CollectRefs(schema.Items, refs, depth + 1);
        CollectRefs(schema.AdditionalProperties, refs, depth + 1);
        CollectRefs(schema.Not, refs, depth + 1);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            CollectRefs(part, refs, depth + 1);
        }

        foreach (var mapped in schema.Discriminator?.Mapping?.Values ?? [])
        {
            if (mapped.Reference?.Id is { } mappedId)
            {
                refs.Add(mappedId);
            }
        }
    }

    internal static IEnumerable<IOpenApiSchema> RequestSchemas(OperationEntry operation)
    {
        foreach (var parameter in OperationParameters.Effective(operation))
        {
            if (parameter.Schema is { } schema)
            {
                yield return schema;
            }

            foreach (var media in parameter.Content?.Values ?? [])
            {
                if (media.Schema is { } contentSchema)
                {
                    yield return contentSchema;
                }
            }
        }

        foreach (var media in operation.Operation.RequestBody?.Content?.Values ?? [])
        {
            if (media.Schema is { } schema)
            {
                yield return schema;
            }
        }
    }

    internal static IEnumerable<IOpenApiSchema> ResponseSchemas(OperationEntry operation)
    {
        foreach (var response in (IEnumerable<IOpenApiResponse>?)operation.Operation.Responses?.Values ?? [])
        {
            foreach (var media in response.Content?.Values ?? [])
            {
                if (media.Schema is { } schema)
                {
                    yield return schema;
                }
            }

            foreach (var header in response.Headers?.Values ?? [])
            {
                if (header.Schema is { } schema)
                {
                    yield return schema;
                }
            }
        }
    }
}
