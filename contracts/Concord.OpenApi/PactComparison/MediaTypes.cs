namespace Concord.OpenApi.PactComparison;

/// <summary>Media type comparisons as HTTP servers make them: parameters ignored, case-insensitive, wildcards honoured.</summary>
internal static class MediaTypes
{
    /// <summary>The type without parameters, lower-cased: <c>Application/JSON; charset=utf-8</c> → <c>application/json</c>.</summary>
    public static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>Whether the type is JSON: <c>application/json</c>, <c>*/*+json</c>, <c>text/json</c>.</summary>
    public static bool IsJson(string? mediaType)
    {
        if (mediaType is null)
        {
            return false;
        }

        var essence = Essence(mediaType);
        return essence is "application/json" or "text/json" || essence.EndsWith("+json", StringComparison.Ordinal)
            || (essence.StartsWith("application/", StringComparison.Ordinal) && essence.EndsWith("json", StringComparison.Ordinal));
    }

    /// <summary>Whether a range (<c>*/*</c>, <c>application/*</c>, <c>application/json</c>) covers a concrete type.</summary>
    public static bool Covers(string range, string mediaType)
    {
        var r = Essence(range);
        var t = Essence(mediaType);
        if (r == "*/*" || r == "*" || r == t)
        {
            return true;
        }

        var slash = r.IndexOf('/');
        return slash > 0 && r[(slash + 1)..] == "*" && t.StartsWith(r[..(slash + 1)], StringComparison.Ordinal);
    }

    /// <summary>Whether two types could name the same content (either may be a range).</summary>
    public static bool Compatible(string a, string b) => Covers(a, b) || Covers(b, a);

    /// <summary>The ranges of an <c>Accept</c> header, without those given <c>q=0</c>.</summary>
    public static IReadOnlyList<string> AcceptRanges(string accept) =>
        [.. accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(range => !range.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(";q=0", StringComparison.OrdinalIgnoreCase)
                || range.Replace(" ", string.Empty, StringComparison.Ordinal).Contains(";q=0.", StringComparison.OrdinalIgnoreCase))];
}
