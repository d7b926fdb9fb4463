namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule SecuritySchemeTypeChanged = Sec(350, "security-scheme-type-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "A security scheme's type changed (e.g. an API key header became HTTP bearer); clients send credentials the old way.",
        "{subject}: type changed from {before} to {after}");

    public static readonly SpecRule ApiKeyNameChanged = Sec(351, "api-key-name-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The API key is read from another header, query parameter or cookie name.", "{subject}: API key name changed from '{before}' to '{after}'");

    public static readonly SpecRule ApiKeyLocationChanged = Sec(352, "api-key-location-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The API key moved between header, query and cookie.", "{subject}: API key moved from {before} to {after}");

    public static readonly SpecRule HttpSchemeChanged = Sec(353, "http-auth-scheme-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The HTTP authentication scheme changed (e.g. basic to bearer).", "{subject}: HTTP scheme changed from '{before}' to '{after}'");

    public static readonly SpecRule BearerFormatChanged = Sec(354, "bearer-format-changed", ChangeLevel.Info, ChangeKind.Changed,
        "The documented bearer token format changed.", "{subject}: bearer format changed from '{before}' to '{after}'");

    public static readonly SpecRule OAuthFlowRemoved = Sec(355, "oauth-flow-removed", ChangeLevel.Breaking, ChangeKind.Removed,
        "An OAuth flow clients use to get tokens was removed.", "{subject}: OAuth flow '{before}' was removed");

    public static readonly SpecRule OAuthFlowAdded = Sec(356, "oauth-flow-added", ChangeLevel.Info, ChangeKind.Added,
        "A new OAuth flow.", "{subject}: OAuth flow '{after}' was added");

    public static readonly SpecRule OAuthUrlChanged = Sec(357, "oauth-url-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "An OAuth authorization, token or refresh URL changed.", "{subject}: URL changed from '{before}' to '{after}'");

    public static readonly SpecRule OAuthScopeRemoved = Sec(358, "oauth-scope-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "A scope is no longer offered by an OAuth flow.", "{subject}: scope '{before}' was removed");

    public static readonly SpecRule SecuritySchemeRemoved = Sec(359, "security-scheme-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "A security scheme was removed from the components.", "{subject} was removed");

    public static readonly SpecRule SecuritySchemeAdded = Sec(360, "security-scheme-added", ChangeLevel.Info, ChangeKind.Added,
        "A new security scheme.", "{subject} was added");

    public static readonly SpecRule SecurityAddedToOpenOperation = Sec(361, "security-added-to-open-operation", ChangeLevel.Breaking, ChangeKind.Added,
        "An operation that needed no credentials now requires them; every existing client is rejected.",
        "{subject} now requires {after}; it needed no credentials before");

    public static readonly SpecRule SecurityRequirementRemoved = Sec(362, "security-requirement-removed", ChangeLevel.Breaking, ChangeKind.Removed,
        "A way of authenticating is no longer accepted; clients using it are rejected.", "{subject} no longer accepts {before} (now: {after})");

    public static readonly SpecRule SecurityRequirementAdded = Sec(363, "security-requirement-added", ChangeLevel.Info, ChangeKind.Added,
        "A new way of authenticating is accepted alongside the existing ones.", "{subject} now also accepts {after}");

    public static readonly SpecRule SecurityRemoved = Sec(364, "security-removed", ChangeLevel.Info, ChangeKind.Removed,
        "An operation no longer requires credentials.", "{subject} no longer requires credentials (was {before})");

    public static readonly SpecRule SecurityScopeAdded = Sec(365, "security-scope-added", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "An operation needs a scope existing tokens may not carry.", "{subject}: scope '{after}' is now required");

    public static readonly SpecRule SecurityScopeRemoved = Sec(366, "security-scope-removed", ChangeLevel.Info, ChangeKind.Widened,
        "An operation needs fewer scopes.", "{subject}: scope '{before}' is no longer required");

    public static readonly SpecRule OpenIdConnectUrlChanged = Sec(367, "openid-connect-url-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "The OpenID Connect discovery URL changed.", "{subject}: OpenID Connect URL changed from '{before}' to '{after}'");

    public static readonly SpecRule OAuthScopeAdded = Sec(368, "oauth-scope-added", ChangeLevel.Info, ChangeKind.Added,
        "An OAuth flow offers a new scope.", "{subject}: scope '{after}' was added");

    private static SpecRule Sec(int number, string name, ChangeLevel level, ChangeKind kind, string summary, string message) =>
        Rule(number, name, level, RuleArea.Security, kind, ChangeDirection.Request, summary, message);

    public static readonly SpecRule SecuritySchemeDeprecated = Sec(369, "security-scheme-deprecated", ChangeLevel.Info, ChangeKind.Deprecated,
        "A security scheme was deprecated (OpenAPI 3.2); clients should move to another.", "{subject} was deprecated");

    public static readonly SpecRule UnusedSecuritySchemeChanged = Sec(376, "unused-security-scheme-changed", ChangeLevel.Info, ChangeKind.Changed,
        "A security scheme that no operation requires (in either version) changed or was removed; no client authenticates with it, so it is information only.",
        "{subject} ({before}); no operation requires this scheme, so no client is affected");
}
