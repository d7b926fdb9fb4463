namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule RequiredRequestBodyAdded = Rule(
        240, "required-request-body-added", ChangeLevel.Breaking, RuleArea.RequestBodies, ChangeKind.Added, ChangeDirection.Request,
        "A required request body was added; existing clients send none.", "{subject}: a required request body was added");

    public static readonly SpecRule OptionalRequestBodyAdded = Rule(
        241, "optional-request-body-added", ChangeLevel.Info, RuleArea.RequestBodies, ChangeKind.Added, ChangeDirection.Request,
        "An optional request body was added.", "{subject}: an optional request body was added");

    public static readonly SpecRule RequestBodyRemoved = Rule(
        242, "request-body-removed", ChangeLevel.Warning, RuleArea.RequestBodies, ChangeKind.Removed, ChangeDirection.Request,
        "The request body is no longer read; what clients send is ignored.", "{subject}: the request body was removed");

    public static readonly SpecRule RequestBodyBecameRequired = Rule(
        243, "request-body-became-required", ChangeLevel.Breaking, RuleArea.RequestBodies, ChangeKind.Narrowed, ChangeDirection.Request,
        "The request body became required.", "{subject}: the request body became required");

    public static readonly SpecRule RequestBodyBecameOptional = Rule(
        244, "request-body-became-optional", ChangeLevel.Info, RuleArea.RequestBodies, ChangeKind.Widened, ChangeDirection.Request,
        "The request body became optional.", "{subject}: the request body became optional");

    public static readonly SpecRule RequestMediaTypeRemoved = Rule(
        245, "request-media-type-removed", ChangeLevel.Breaking, RuleArea.RequestBodies, ChangeKind.Removed, ChangeDirection.Request,
        "A request media type is no longer accepted.", "{subject}: request media type '{before}' is no longer accepted");

    public static readonly SpecRule RequestMediaTypeAdded = Rule(
        246, "request-media-type-added", ChangeLevel.Info, RuleArea.RequestBodies, ChangeKind.Added, ChangeDirection.Request,
        "A new request media type is accepted.", "{subject}: request media type '{after}' is now accepted");
}
