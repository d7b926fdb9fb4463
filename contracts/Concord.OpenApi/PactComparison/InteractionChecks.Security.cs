using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Concord.Core.Secrets;
using Concord.OpenApi.Loading;
using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    private void CheckSecurity(PactRequest request, PactResponse response, SpecOperation operation)
    {
        var own = operation.Operation.Security;
        var requirements = own ?? document.Model.Security ?? [];
        if (requirements.Count == 0 || requirements.Any(r => r.Count == 0))
        {
            // No requirement, or an empty one: credentials are optional.
            return;
        }

        if (requirements.Any(requirement => requirement.Keys.All(scheme => Satisfied(scheme, request))))
        {
            return;
        }

        var pointer = own is null ? "#/security" : operation.Pointer + "/security";
        var expected = string.Join(" or ", requirements.Select(r => string.Join(" + ", r.Keys.Select(Describe))));
        var sent = Sent(request);
        if (CredentialInBody(request.Body) is { } field)
        {
            Report(
                PactComparisonRules.CredentialInBody,
                $"the request carries the credential in its body ('{field}') but {operation.Method} {operation.PathTemplate} reads it from {expected}; the provider rejects every valid key",
                pointer,
                fix: $"Send the credential as {expected}, and take '{field}' out of the body.");
            return;
        }

        // An interaction about refusal (401/403) may leave credentials out on purpose.
        if (response.Status is 401 or 403)
        {
            return;
        }

        Report(
            PactComparisonRules.SecurityNotMet,
            $"{operation.Method} {operation.PathTemplate} requires {expected}; the request sends {sent}",
            pointer,
            fix: $"Send the credential as {expected}.");
    }

    private static bool Satisfied(IOpenApiSecurityScheme scheme, PactRequest request)
    {
        var authorization = request.Headers["Authorization"];
        return scheme.Type switch
        {
            SecuritySchemeType.ApiKey => scheme.In switch
            {
                ParameterLocation.Header => scheme.Name is { } header && request.Headers.Contains(header),
                ParameterLocation.Query => request.Query.Any(q => q.Key == scheme.Name),
                ParameterLocation.Cookie => (request.Headers["Cookie"] ?? string.Empty).Split(';').Any(c => c.Trim().StartsWith(scheme.Name + "=", StringComparison.Ordinal)),
                _ => false,
            },
            SecuritySchemeType.Http => authorization is not null && HasScheme(authorization, scheme.Scheme ?? "bearer"),
            SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => authorization is not null && HasScheme(authorization, "bearer"),

            // Client certificates do not show in a pact.
            _ => true,
        };
    }

    private static bool HasScheme(string authorization, string scheme) =>
        authorization.Length > scheme.Length + 1
        && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
        && authorization[scheme.Length] == ' '
        && !string.IsNullOrWhiteSpace(authorization[(scheme.Length + 1)..]);

    private bool SecurityCarriesQuery(SpecOperation operation, string name) =>
        (operation.Operation.Security ?? document.Model.Security ?? [])
            .SelectMany(r => r.Keys)
            .Any(s => s.Type == SecuritySchemeType.ApiKey && s.In == ParameterLocation.Query && s.Name == name);

    private static string Describe(OpenApiSecuritySchemeReference scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => $"{scheme.In?.ToString().ToLowerInvariant()} '{scheme.Name}'",
        SecuritySchemeType.Http => $"Authorization: {Capitalised(scheme.Scheme ?? "bearer")} <credential>",
        SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => "Authorization: Bearer <token>",
        _ => scheme.Reference?.Id ?? "a credential",
    };

    private static string Capitalised(string scheme) => scheme.Length == 0 ? scheme : char.ToUpperInvariant(scheme[0]) + scheme[1..].ToLowerInvariant();

    /// <summary>What the request sends that could be a credential, without its value.</summary>
    private static string Sent(PactRequest request)
    {
        var parts = new List<string>();
        if (request.Headers["Authorization"] is { } authorization)
        {
            var space = authorization.IndexOf(' ');
            parts.Add(space > 0 ? $"Authorization: {authorization[..space]} …" : "an Authorization header without a scheme");
        }

        parts.AddRange(request.Headers.Names.Where(h => CredentialName().IsMatch(h) && !h.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Select(h => $"header '{h}'"));
        parts.AddRange(request.Query.Select(q => q.Key).Distinct(StringComparer.Ordinal).Where(q => CredentialName().IsMatch(q)).Select(q => $"query '{q}'"));
        return parts.Count == 0 ? "no credential" : string.Join(", ", parts);
    }

    /// <summary>The name of a body field that holds a credential (top level or one level down), if any.</summary>
    private static string? CredentialInBody(PactBody? body)
    {
        if (body?.Json is not JsonObject fields)
        {
            return null;
        }

        foreach (var (name, value) in fields)
        {
            if (CredentialName().IsMatch(name) && value is JsonValue)
            {
                return name;
            }

            if (value is JsonObject nested && nested.Select(p => p.Key).FirstOrDefault(n => CredentialName().IsMatch(n) && nested[n] is JsonValue) is { } inner)
            {
                return name + "." + inner;
            }
        }

        return null;
    }

    /// <summary>A parameter value as findings show it: credentials masked.</summary>
    private static string Shown(string name, string value) =>
        CredentialName().IsMatch(name) ? SecretRedactor.Mask : SecretRedactor.Redact(value);

    [GeneratedRegex(@"^(x-)?([a-z]+[-_])*(api[-_]?key|apikey|access[-_]?token|auth[-_]?token|token|secret|password|authorization|credential|key)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialName();
}
