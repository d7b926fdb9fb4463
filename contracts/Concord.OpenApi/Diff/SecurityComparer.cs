using Concord.OpenApi.Rules;
using Microsoft.OpenApi;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Security schemes and the requirements operations make. What matters to a client is how it must
/// authenticate, so a scheme's type, key name and location count as much as the requirement lists.
/// </summary>
internal sealed class SecurityComparer(DiffContext context)
{
    private HashSet<string>? _usedInBase;
    private HashSet<string>? _usedInRevision;
    private string _current = string.Empty;

    public void CompareSchemes()
    {
        _usedInBase = Used(context.Base.Model);
        _usedInRevision = Used(context.Revision.Model);
        var before = context.Base.Model.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        var after = context.Revision.Model.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (var name in before.Keys.Union(after.Keys).OrderBy(n => n, StringComparer.Ordinal))
        {
            var pointer = JsonPointer.Append("#/components/securitySchemes", name);
            var subject = $"security scheme '{name}'";
            _current = name;
            before.TryGetValue(name, out var was);
            after.TryGetValue(name, out var now);
            if (now is null)
            {
                Scheme(SpecRules.SecuritySchemeRemoved, subject, pointer, "#/components/securitySchemes");
            }
            else if (was is null)
            {
                Scheme(SpecRules.SecuritySchemeAdded, subject, "#/components/securitySchemes", pointer);
            }
            else
            {
                CompareScheme(subject, pointer, was, now);
            }
        }
    }

    private void CompareScheme(string subject, string pointer, IOpenApiSecurityScheme was, IOpenApiSecurityScheme now)
    {
        if (!was.Deprecated && now.Deprecated)
        {
            Scheme(SpecRules.SecuritySchemeDeprecated, subject, pointer, pointer);
        }

        if (was.Type != now.Type)
        {
            Scheme(SpecRules.SecuritySchemeTypeChanged, subject, pointer, pointer, Describe(was), Describe(now));
            return;
        }

        switch (now.Type)
        {
            case SecuritySchemeType.ApiKey:
                if (was.In != now.In)
                {
                    Scheme(SpecRules.ApiKeyLocationChanged, subject, pointer, pointer, Location(was.In), Location(now.In));
                }

                var caseInsensitive = now.In == ParameterLocation.Header;
                if (!string.Equals(was.Name, now.Name, caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                {
                    Scheme(SpecRules.ApiKeyNameChanged, subject, pointer, pointer, was.Name, now.Name);
                }

                break;
            case SecuritySchemeType.Http:
                if (!string.Equals(was.Scheme, now.Scheme, StringComparison.OrdinalIgnoreCase))
                {
                    Scheme(SpecRules.HttpSchemeChanged, subject, pointer, pointer, was.Scheme, now.Scheme);
                }
                else if (!string.Equals(was.BearerFormat, now.BearerFormat, StringComparison.Ordinal))
                {
                    Scheme(SpecRules.BearerFormatChanged, subject, pointer, pointer, was.BearerFormat, now.BearerFormat);
                }

                break;
            case SecuritySchemeType.OAuth2:
                CompareFlows(subject, pointer, was.Flows, now.Flows);
                break;
            case SecuritySchemeType.OpenIdConnect:
                if (was.OpenIdConnectUrl != now.OpenIdConnectUrl)
                {
                    Scheme(SpecRules.OpenIdConnectUrlChanged, subject, pointer, pointer, was.OpenIdConnectUrl?.ToString(), now.OpenIdConnectUrl?.ToString());
                }

                break;
        }
    }

    private void CompareFlows(string subject, string pointer, OpenApiOAuthFlows? was, OpenApiOAuthFlows? now)
    {
        var before = Flows(was);
        var after = Flows(now);
        foreach (var name in before.Keys.Union(after.Keys).OrderBy(n => n, StringComparer.Ordinal))
        {
            before.TryGetValue(name, out var b);
            after.TryGetValue(name, out var r);
            var flowPointer = JsonPointer.Append(pointer, "flows", name);
            if (r is null)
            {
                Scheme(SpecRules.OAuthFlowRemoved, subject, flowPointer, pointer, name);
                continue;
            }

            if (b is null)
            {
                Scheme(SpecRules.OAuthFlowAdded, subject, pointer, flowPointer, null, name);
                continue;
            }

            var flowSubject = $"{subject} flow '{name}'";
            foreach (var (url, beforeUrl, afterUrl) in new[]
            {
                ("authorizationUrl", b.AuthorizationUrl, r.AuthorizationUrl),
                ("tokenUrl", b.TokenUrl, r.TokenUrl),
                ("refreshUrl", b.RefreshUrl, r.RefreshUrl),
            })
            {
                if (beforeUrl != afterUrl)
                {
                    Scheme(SpecRules.OAuthUrlChanged, $"{flowSubject} {url}", flowPointer, flowPointer, beforeUrl?.ToString(), afterUrl?.ToString());
                }
            }

            foreach (var scope in (b.Scopes?.Keys ?? []).Except(r.Scopes?.Keys ?? []).OrderBy(s => s, StringComparer.Ordinal))
            {
                Scheme(SpecRules.OAuthScopeRemoved, flowSubject, flowPointer, flowPointer, scope);
            }

            foreach (var scope in (r.Scopes?.Keys ?? []).Except(b.Scopes?.Keys ?? []).OrderBy(s => s, StringComparer.Ordinal))
            {
                Scheme(SpecRules.OAuthScopeAdded, flowSubject, flowPointer, flowPointer, null, scope);
            }
        }
    }

    private static Dictionary<string, OpenApiOAuthFlow> Flows(OpenApiOAuthFlows? flows)
    {
        var result = new Dictionary<string, OpenApiOAuthFlow>(StringComparer.Ordinal);
        if (flows?.Implicit is { } i) { result["implicit"] = i; }
        if (flows?.Password is { } p) { result["password"] = p; }
        if (flows?.ClientCredentials is { } c) { result["clientCredentials"] = c; }
        if (flows?.AuthorizationCode is { } a) { result["authorizationCode"] = a; }
        return result;
    }

    /// <summary>
    /// Compares what each operation requires. Operations that inherit the document's requirements in both
    /// versions are compared once, at the document level, listing the operations concerned.
    /// </summary>
    public void CompareRequirements(IReadOnlyList<(OperationEntry Before, OperationEntry After)> operations)
    {
        var inheriting = new List<OperationEntry>();
        foreach (var (before, after) in operations)
        {
            if (before.Operation.Security is null && after.Operation.Security is null)
            {
                inheriting.Add(after);
                continue;
            }

            Compare(after.Display, before.Pointer, after.Pointer,
                Effective(before.Operation.Security, context.Base.Model), Effective(after.Operation.Security, context.Revision.Model), Reach.None);
        }

        if (inheriting.Count > 0)
        {
            Compare("every operation using the document's security", "#/security", "#/security",
                Effective(null, context.Base.Model), Effective(null, context.Revision.Model), new Reach(inheriting.Select(o => new ReachedOperation(o, InRevision: true)).ToArray()));
        }
    }

    private void Compare(string subject, string bp, string rp, List<SortedDictionary<string, SortedSet<string>>> before, List<SortedDictionary<string, SortedSet<string>>> after, Reach reach)
    {
        var baseOpen = before.Count == 0 || before.Any(r => r.Count == 0);
        var revisionOpen = after.Count == 0 || after.Any(r => r.Count == 0);
        if (baseOpen && !revisionOpen)
        {
            context.Report(SpecRules.SecurityAddedToOpenOperation, subject, bp, rp, null, Describe(after, context.Revision.Model), reach);
            return;
        }

        if (!baseOpen && revisionOpen)
        {
            if (after.Count == 0)
            {
                context.Report(SpecRules.SecurityRemoved, subject, bp, rp, Describe(before, context.Base.Model), null, reach);
            }

            return;
        }

        var beforeByKey = before.Where(r => r.Count > 0).GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var afterByKey = after.Where(r => r.Count > 0).GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = beforeByKey.Keys.Intersect(afterByKey.Keys).ToArray();
        foreach (var key in beforeByKey.Keys.Except(afterByKey.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            context.Report(SpecRules.SecurityRequirementRemoved, subject, bp, rp, Describe([beforeByKey[key]], context.Base.Model), Describe(after, context.Revision.Model), reach);
        }

        if (kept.Length > 0)
        {
            foreach (var key in afterByKey.Keys.Except(beforeByKey.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                context.Report(SpecRules.SecurityRequirementAdded, subject, bp, rp, null, Describe([afterByKey[key]], context.Revision.Model), reach);
            }
        }

        foreach (var key in kept.OrderBy(k => k, StringComparer.Ordinal))
        {
            foreach (var (scheme, scopes) in afterByKey[key])
            {
                var had = beforeByKey[key][scheme];
                foreach (var added in scopes.Except(had))
                {
                    context.Report(SpecRules.SecurityScopeAdded, $"{subject} ({scheme})", bp, rp, null, added, reach);
                }

                foreach (var removed in had.Except(scopes))
                {
                    context.Report(SpecRules.SecurityScopeRemoved, $"{subject} ({scheme})", bp, rp, removed, null, reach);
                }
            }
        }
    }

    /// <summary>
    /// A change to a scheme that no operation of either version requires reaches no client: it is reported,
    /// at info level, as a change of an unused scheme, naming what changed.
    /// </summary>
    private void Scheme(SpecRule rule, string subject, string basePointer, string revisionPointer, string? before = null, string? after = null)
    {
        if (_usedInBase!.Contains(_current) || _usedInRevision!.Contains(_current) || rule == SpecRules.SecuritySchemeAdded)
        {
            context.Report(rule, subject, basePointer, revisionPointer, before, after);
            return;
        }

        var nowhere = new Core.Findings.SpecLocation("-", string.Empty);
        var what = rule.Format(subject, before, after, nowhere, nowhere);
        context.Report(SpecRules.UnusedSecuritySchemeChanged, what[..what.IndexOf(" [", StringComparison.Ordinal)], basePointer, revisionPointer, $"{rule.Id} {rule.Name}");
    }

    /// <summary>The schemes some operation or webhook requires, directly or through the document's default.</summary>
    private static HashSet<string> Used(OpenApiDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in OperationEntry.Index(document).Values.Concat(OperationEntry.Webhooks(document).Values))
        {
            foreach (var requirement in Effective(operation.Operation.Security, document))
            {
                used.UnionWith(requirement.Keys);
            }
        }

        return used;
    }

    private static string Key(SortedDictionary<string, SortedSet<string>> requirement) => string.Join("+", requirement.Keys);

    private static List<SortedDictionary<string, SortedSet<string>>> Effective(IList<OpenApiSecurityRequirement>? own, OpenApiDocument document) =>
        (own ?? document.Security ?? [])
            .Select(requirement =>
            {
                var alternative = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
                foreach (var (scheme, scopes) in requirement)
                {
                    var name = scheme.Reference?.Id ?? "(unnamed)";
                    alternative[name] = new SortedSet<string>(scopes ?? [], StringComparer.Ordinal);
                }

                return alternative;
            })
            .ToList();

    private static string Describe(List<SortedDictionary<string, SortedSet<string>>> requirements, OpenApiDocument document)
    {
        var alternatives = requirements.Where(r => r.Count > 0).Select(r => string.Join(" + ", r.Keys.Select(k => Describe(k, document)))).ToArray();
        return alternatives.Length == 0 ? "no credentials" : string.Join(" or ", alternatives);
    }

    private static string Describe(string schemeName, OpenApiDocument document) =>
        document.Components?.SecuritySchemes?.TryGetValue(schemeName, out var scheme) == true ? $"{schemeName} ({Describe(scheme)})" : schemeName;

    private static string Describe(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => $"apiKey in {Location(scheme.In)} '{scheme.Name}'",
        SecuritySchemeType.Http => $"http {scheme.Scheme?.ToLowerInvariant()}",
        SecuritySchemeType.OAuth2 => "oauth2",
        SecuritySchemeType.OpenIdConnect => "openIdConnect",
        SecuritySchemeType.MutualTLS => "mutualTLS",
        _ => "unknown",
    };

    private static string Location(ParameterLocation? location) => location?.ToString().ToLowerInvariant() ?? "(unset)";
}
