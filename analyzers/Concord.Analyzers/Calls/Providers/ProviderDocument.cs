using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// A provider's OpenAPI document given to the analyzers as an AdditionalFile: its operations by path, its
/// security, and the AdditionalFile metadata that says which calls go to it (<c>ConcordProvider</c>,
/// <c>ConcordBaseAddress</c>).
/// </summary>
internal sealed class ProviderDocument
{
    public ProviderDocument(string filePath, string provider, string baseAddress, ProviderOperations operations)
    {
        FilePath = filePath;
        Provider = provider;
        BaseAddress = baseAddress;
        Operations = operations;
    }

    public string FilePath { get; }

    /// <summary>The provider's name as the metadata gives it (<c>AuthService</c>), else the file name.</summary>
    public string Provider { get; }

    /// <summary>The metadata <c>ConcordBaseAddress</c>: a configuration key, a typed client, a named client or a Refit interface; "" when none.</summary>
    public string BaseAddress { get; }

    public ProviderOperations Operations { get; }
}

/// <summary>The parsed content of a document, shared by every compilation that reads the same text.</summary>
internal sealed class ProviderOperations
{
    public ProviderOperations(IReadOnlyList<DocumentedOperation> operations, string basePath, string serverHost = "")
    {
        All = operations;
        BasePath = basePath;
        ServerHost = serverHost;
        Paths = operations.Select(o => o.Path).Distinct().ToList();
        QueryKeys = operations
            .SelectMany(o => o.Security.SelectMany(alternative => alternative))
            .Where(scheme => scheme.Place == CredentialPlace.Query)
            .Select(scheme => scheme.ParameterName)
            .Distinct(System.StringComparer.OrdinalIgnoreCase)
            .ToList();
        ClientWide = ClientWideParameters(operations);
        _pathParameters = PathParametersByPath(operations);
    }

    private readonly Dictionary<string, Dictionary<string, PathParameterShape>> _pathParameters;

    /// <summary>What the parameter <paramref name="name"/> of the documented <paramref name="path"/> accepts; any text when the document does not say.</summary>
    public PathParameterShape PathParameter(string path, string name) =>
        _pathParameters.TryGetValue(path, out var byName) && byName.TryGetValue(name, out var shape) ? shape : PathParameterShape.Any;

    // A segment any operation of the path takes may be meant for it; an operation that leaves the parameter untyped takes anything.
    private static Dictionary<string, Dictionary<string, PathParameterShape>> PathParametersByPath(IReadOnlyList<DocumentedOperation> operations)
    {
        var result = new Dictionary<string, Dictionary<string, PathParameterShape>>(System.StringComparer.Ordinal);
        foreach (var path in operations.GroupBy(o => o.Path))
        {
            var names = path.SelectMany(o => o.PathParameters.Keys).Distinct();
            var byName = new Dictionary<string, PathParameterShape>(System.StringComparer.Ordinal);
            foreach (var name in names)
            {
                var shapes = path.Select(o => o.PathParameters.TryGetValue(name, out var shape) ? shape : PathParameterShape.Any);
                byName[name] = shapes.Aggregate((a, b) => a.Or(b));
            }

            result[path.Key] = byName;
        }

        return result;
    }

    /// <summary>
    /// The query and header parameters every operation of the document requires (<c>query:api-version</c>,
    /// <c>header:x-tenant</c>, lower case), when it has two or more: a client sets such a parameter once for all its
    /// requests (a message handler, a default header), often in another project, not at each call.
    /// </summary>
    public ISet<string> ClientWide { get; }

    /// <summary>The key <see cref="ClientWide"/> holds for a parameter.</summary>
    public static string ClientWideKey(DocumentedParameter parameter) => parameter.Place + ":" + parameter.Name.ToLowerInvariant();

    private static ISet<string> ClientWideParameters(IReadOnlyList<DocumentedOperation> operations)
    {
        var everywhere = new HashSet<string>(System.StringComparer.Ordinal);
        if (operations.Count < 2)
        {
            return everywhere;
        }

        everywhere.UnionWith(operations[0].RequiredParameters.Where(p => p.Place is "query" or "header").Select(ClientWideKey));
        foreach (var operation in operations.Skip(1))
        {
            everywhere.IntersectWith(operation.RequiredParameters.Select(ClientWideKey));
        }

        return everywhere;
    }

    public IReadOnlyList<DocumentedOperation> All { get; }

    /// <summary>Every documented path template, once.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The host of the first server (<c>api.example.com</c> from <c>servers[0].url</c> or Swagger 2.0's <c>host</c>); "" when none.</summary>
    public string ServerHost { get; }

    /// <summary>The query parameters the document's <c>apiKey</c> schemes read a credential from (<c>api_key</c>), for the operations that use them.</summary>
    public IReadOnlyList<string> QueryKeys { get; }

    /// <summary>The path of the first server (<c>/api/v1</c> from <c>servers[0].url</c> or Swagger 2.0's <c>basePath</c>); "" when none.</summary>
    public string BasePath { get; }
}
