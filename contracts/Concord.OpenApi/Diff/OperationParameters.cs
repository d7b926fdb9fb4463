using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>An operation's parameters with the path item's merged in (the operation's own win), keyed for matching.</summary>
internal static class OperationParameters
{
    public static IEnumerable<IOpenApiParameter> Effective(OperationEntry operation) => Keyed(operation).Values.Select(v => v.Parameter);

    /// <summary>
    /// Key → parameter and its pointer. Path parameters are keyed by their position in the template
    /// (a rename keeps the key); header names are case-insensitive.
    /// </summary>
    public static SortedDictionary<string, (IOpenApiParameter Parameter, string Pointer)> Keyed(OperationEntry operation)
    {
        var keyed = new SortedDictionary<string, (IOpenApiParameter, string)>(StringComparer.Ordinal);
        Add(keyed, operation, operation.PathItem.Parameters, operation.PathPointer + "/parameters");
        Add(keyed, operation, operation.Operation.Parameters, operation.Pointer + "/parameters");
        return keyed;
    }

    private static void Add(SortedDictionary<string, (IOpenApiParameter, string)> keyed, OperationEntry operation, IList<IOpenApiParameter>? parameters, string pointer)
    {
        for (var i = 0; i < (parameters?.Count ?? 0); i++)
        {
            var parameter = parameters![i];
            if (parameter.Name is null)
            {
                continue;
            }

            keyed[Key(operation, parameter)] = (parameter, $"{pointer}/{i}");
        }
    }

    public static string Key(OperationEntry operation, IOpenApiParameter parameter)
    {
        var location = Location(parameter);
        if (parameter.In == ParameterLocation.Path)
        {
            var position = operation.Path.ParameterNames.ToList().IndexOf(parameter.Name!);
            return position >= 0 ? $"path#{position}" : $"path:{parameter.Name}";
        }

        var name = parameter.In == ParameterLocation.Header ? parameter.Name!.ToLowerInvariant() : parameter.Name!;
        return $"{location}:{name}";
    }

    public static string Location(IOpenApiParameter parameter) => parameter.In switch
    {
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        ParameterLocation.Path => "path",
        ParameterLocation.Cookie => "cookie",
        ParameterLocation.QueryString => "querystring",
        _ => "unknown",
    };
}
