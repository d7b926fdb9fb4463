using System.Text;

namespace Concord.OpenApi.Diff;

/// <summary>
/// A path template reduced to what routing sees: <c>/users/{id}</c> and <c>/users/{userId}</c> are the
/// same route, so parameter names are dropped from the key and kept as their own list.
/// </summary>
internal sealed record PathTemplate(string Raw, string Key, IReadOnlyList<string> ParameterNames)
{
    public static PathTemplate Parse(string raw)
    {
        var key = new StringBuilder(raw.Length);
        var names = new List<string>();
        var i = 0;
        var trimmed = raw.Length > 1 ? raw.TrimEnd('/') : raw;
        while (i < trimmed.Length)
        {
            var c = trimmed[i];
            if (c == '{')
            {
                var close = trimmed.IndexOf('}', i);
                if (close > i)
                {
                    names.Add(trimmed[(i + 1)..close]);
                    key.Append("{}");
                    i = close + 1;
                    continue;
                }
            }

            key.Append(c);
            i++;
        }

        return new PathTemplate(raw, key.ToString(), names);
    }

    /// <summary>The path's segments, for spotting an operation that moved under a new prefix.</summary>
    public string[] Segments => Key.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
