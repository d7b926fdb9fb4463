namespace Concord.Core.Reports.Sarif;

/// <summary>Turns the paths in locations into the URI references SARIF's artifactLocation expects.</summary>
internal static class SarifUris
{
    /// <summary>
    /// A relative path becomes a relative reference (each segment escaped, so <c>git:main:api.yaml</c>
    /// cannot pass for a URI scheme); an absolute path becomes a <c>file:</c> URI; an http(s) URL stays.
    /// </summary>
    public static string FromPath(string path)
    {
        if (Path.IsPathRooted(path) || LooksLikeWindowsPath(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri.AbsoluteUri;
        }

        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }

    public static bool IsRelative(string uri) => !Uri.TryCreate(uri, UriKind.Absolute, out _);

    /// <summary>An absolute folder's <c>file:</c> URI, ending in a slash as SARIF requires of base URIs.</summary>
    public static string FromFolder(string folder)
    {
        var uri = new Uri(folder).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static bool LooksLikeWindowsPath(string path) =>
        path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '/' or '\\';
}
