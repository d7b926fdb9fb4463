using Json.Schema;

namespace Concord.OpenApi.PactComparison;

/// <summary>A validator's result as one line: where in the value, what is wrong, the first few only.</summary>
internal static class SchemaErrors
{
    private const int Shown = 3;

    public static string Describe(EvaluationResults result, string what)
    {
        var errors = new List<string>();
        foreach (var detail in result.Details ?? [result])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                var at = detail.InstanceLocation.ToString();
                var place = at.Length == 0 ? what : $"{what} at {at}";
                var line = detail.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal) || keyword == "additionalProperties"
                    ? $"{place}: property '{LastSegment(at)}' is not accepted (additionalProperties: false)"
                    : keyword == "unevaluatedProperties"
                        ? $"{place}: property '{LastSegment(at)}' is not accepted (unevaluatedProperties: false)"
                        : $"{place}: {message}";
                if (!errors.Contains(line))
                {
                    errors.Add(line);
                }
            }
        }

        if (errors.Count == 0)
        {
            return $"{what} does not fit the schema";
        }

        var more = errors.Count > Shown ? $" (and {errors.Count - Shown} more)" : string.Empty;
        return string.Join("; ", errors.Take(Shown)) + more;
    }

    /// <summary>Whether every error is an unknown property refused by <c>additionalProperties: false</c>.</summary>
    public static bool OnlyUnknownProperties(EvaluationResults result) =>
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .All(d => d.EvaluationPath.ToString().EndsWith("/additionalProperties", StringComparison.Ordinal));

    private static string LastSegment(string pointer) =>
        Loading.JsonPointer.Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
}
