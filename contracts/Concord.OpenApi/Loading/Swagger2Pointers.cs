namespace Concord.OpenApi.Loading;

/// <summary>Maps OpenAPI 3 shaped pointers back to where the same thing lives in a Swagger 2.0 document.</summary>
internal static class Swagger2Pointers
{
    private static readonly (string From, string To)[] Prefixes =
    [
        ("#/components/schemas", "#/definitions"),
        ("#/components/parameters", "#/parameters"),
        ("#/components/responses", "#/responses"),
        ("#/components/securitySchemes", "#/securityDefinitions"),
        ("#/servers", "#/basePath"),
    ];

    public static string FromModel(string pointer)
    {
        foreach (var (from, to) in Prefixes)
        {
            if (pointer.StartsWith(from, StringComparison.Ordinal))
            {
                pointer = to + pointer[from.Length..];
                break;
            }
        }

        // A 2.0 response has one schema where 3.x has one per media type; a body is a parameter.
        var content = pointer.IndexOf("/content/", StringComparison.Ordinal);
        if (content >= 0)
        {
            var afterMedia = pointer.IndexOf('/', content + "/content/".Length);
            pointer = afterMedia < 0 ? pointer[..content] : pointer[..content] + pointer[afterMedia..];
        }

        return pointer.Replace("/requestBody", "/parameters", StringComparison.Ordinal);
    }
}
