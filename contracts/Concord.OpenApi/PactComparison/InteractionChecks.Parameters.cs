using System.Globalization;
using System.Text.Json;
using Concord.OpenApi.Loading;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    // OpenAPI: header parameters with these names are ignored; the content type, Accept and security describe them.
    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

    private void CheckParameters(PactRequest request, SpecOperation operation, IReadOnlyDictionary<string, string> pathValues)
    {
        var documentedQuery = new HashSet<string>(StringComparer.Ordinal);
        var cookies = Cookies(request.Headers["Cookie"]);
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Name is not { } name || parameter.In is not { } where)
            {
                continue;
            }

            var pointer = ParameterPointer(operation, parameter);
            IReadOnlyList<string> values;
            switch (where)
            {
                case ParameterLocation.Path:
                    values = pathValues.TryGetValue(name, out var pathValue) ? [pathValue] : [];
                    break;
                case ParameterLocation.Query:
                    documentedQuery.Add(name);
                    values = [.. request.Query.Where(q => q.Key == name || q.Key == name + "[]").Select(q => q.Value)];
                    break;
                case ParameterLocation.Header when !s_reservedHeaders.Contains(name):
                    values = request.Headers[name] is { } header ? [header] : [];
                    break;
                case ParameterLocation.Cookie:
                    values = cookies.TryGetValue(name, out var cookie) ? [cookie] : [];
                    break;
                default:
                    continue;
            }

            var kind = where.ToString().ToLowerInvariant();
            if (values.Count == 0)
            {
                if (parameter.Required)
                {
                    Report(
                        PactComparisonRules.RequiredParameterMissing,
                        $"{request.Method} {request.Path} does not send the required {kind} parameter '{name}' of {operation.Method} {operation.PathTemplate}",
                        pointer,
                        fix: $"Send '{name}' in the {kind}, or make it optional in the document if the provider does not need it.");
                }

                continue;
            }

            if (parameter.Schema is { } schema && Compile(pointer + "/schema", schema) is { } compiled)
            {
                var value = ParameterValues.ToJson(schema, values);
                var result = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(value), SchemaSet.Evaluation);
                if (!result.IsValid)
                {
                    Report(
                        PactComparisonRules.ParameterValueInvalid,
                        $"{kind} parameter '{name}' = '{Shown(name, string.Join(",", values))}' does not fit its schema: {SchemaErrors.Describe(result, "value")}",
                        pointer + "/schema");
                }
            }
        }

        foreach (var unknown in request.Query.Select(q => q.Key).Distinct(StringComparer.Ordinal).Where(q => !documentedQuery.Contains(q) && !documentedQuery.Contains(q.TrimEnd('[', ']'))))
        {
            if (SecurityCarriesQuery(operation, unknown))
            {
                continue;
            }

            Report(
                PactComparisonRules.QueryParameterUnknown,
                $"query parameter '{unknown}' is not documented for {operation.Method} {operation.PathTemplate}; the provider may ignore or refuse it",
                operation.Pointer);
        }
    }

    /// <summary>Where a parameter is written: in the operation's list, or in its path item's.</summary>
    private string ParameterPointer(SpecOperation operation, IOpenApiParameter parameter)
    {
        var own = operation.Operation.Parameters ?? [];
        for (var i = 0; i < own.Count; i++)
        {
            if (ReferenceEquals(own[i], parameter))
            {
                return operation.Pointer + "/parameters/" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        var item = document.Model.Paths?[operation.PathTemplate];
        var inherited = item?.Parameters ?? [];
        for (var i = 0; i < inherited.Count; i++)
        {
            if (ReferenceEquals(inherited[i], parameter))
            {
                return "#/paths/" + JsonPointer.Escape(operation.PathTemplate) + "/parameters/" + i.ToString(CultureInfo.InvariantCulture);
            }
        }

        return operation.Pointer;
    }

    private static Dictionary<string, string> Cookies(string? header)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (header ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0)
            {
                cookies.TryAdd(pair[..equals], pair[(equals + 1)..]);
            }
        }

        return cookies;
    }
}
