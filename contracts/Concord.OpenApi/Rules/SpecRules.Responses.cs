namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule SuccessResponseRemoved = Rule(
        260, "success-response-removed", ChangeLevel.Breaking, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "A success (2xx) response was removed; clients expecting it get something else.", "{subject}: success response {before} was removed");

    public static readonly SpecRule ErrorResponseRemoved = Rule(
        261, "error-response-removed", ChangeLevel.Warning, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "A non-success response was removed.", "{subject}: response {before} was removed");

    public static readonly SpecRule ResponseAdded = Rule(
        262, "response-added", ChangeLevel.Info, RuleArea.Responses, ChangeKind.Added, ChangeDirection.Response,
        "A new response status.", "{subject}: response {after} was added");

    public static readonly SpecRule ResponseMediaTypeRemoved = Rule(
        263, "response-media-type-removed", ChangeLevel.Breaking, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "A response media type is no longer produced.", "{subject}: response media type '{before}' is no longer produced");

    public static readonly SpecRule ResponseMediaTypeAdded = Rule(
        264, "response-media-type-added", ChangeLevel.Info, RuleArea.Responses, ChangeKind.Added, ChangeDirection.Response,
        "A new response media type.", "{subject}: response media type '{after}' was added");

    public static readonly SpecRule ResponseBodyRemoved = Rule(
        265, "response-body-removed", ChangeLevel.Breaking, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "A response no longer has a body.", "{subject}: the response body was removed");

    public static readonly SpecRule RequiredResponseHeaderRemoved = Rule(
        266, "required-response-header-removed", ChangeLevel.Breaking, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "A required response header is no longer sent.", "{subject}: required response header '{before}' was removed");

    public static readonly SpecRule OptionalResponseHeaderRemoved = Rule(
        267, "optional-response-header-removed", ChangeLevel.Warning, RuleArea.Responses, ChangeKind.Removed, ChangeDirection.Response,
        "An optional response header is no longer sent.", "{subject}: response header '{before}' was removed");

    public static readonly SpecRule ResponseHeaderBecameOptional = Rule(
        268, "response-header-became-optional", ChangeLevel.Breaking, RuleArea.Responses, ChangeKind.Widened, ChangeDirection.Response,
        "A response header clients could rely on may now be missing.", "{subject}: response header '{before}' became optional");

    public static readonly SpecRule ResponseHeaderAdded = Rule(
        269, "response-header-added", ChangeLevel.Info, RuleArea.Responses, ChangeKind.Added, ChangeDirection.Response,
        "A new response header.", "{subject}: response header '{after}' was added");

    public static readonly SpecRule ResponseHeaderBecameRequired = Rule(
        270, "response-header-became-required", ChangeLevel.Info, RuleArea.Responses, ChangeKind.Narrowed, ChangeDirection.Response,
        "A response header is now always sent.", "{subject}: response header '{after}' became required");

    public static readonly SpecRule ResponseHeaderDeprecated = Rule(
        271, "response-header-deprecated", ChangeLevel.Info, RuleArea.Responses, ChangeKind.Deprecated, ChangeDirection.Response,
        "A response header was deprecated.", "{subject}: response header '{after}' was deprecated");
}
