namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule ParameterRemoved = Rule(
        220, "request-parameter-removed", ChangeLevel.Warning, RuleArea.Parameters, ChangeKind.Removed, ChangeDirection.Request,
        "A parameter is no longer read; clients still sending it may be ignored or rejected.", "{subject} was removed");

    public static readonly SpecRule RequiredParameterAdded = Rule(
        221, "required-request-parameter-added", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Added, ChangeDirection.Request,
        "A new required parameter; existing clients do not send it.", "{subject} was added as required");

    public static readonly SpecRule OptionalParameterAdded = Rule(
        222, "optional-request-parameter-added", ChangeLevel.Info, RuleArea.Parameters, ChangeKind.Added, ChangeDirection.Request,
        "A new optional parameter.", "{subject} was added as optional");

    public static readonly SpecRule ParameterBecameRequired = Rule(
        223, "request-parameter-became-required", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Narrowed, ChangeDirection.Request,
        "An optional parameter became required; clients that omit it fail.", "{subject} became required");

    public static readonly SpecRule ParameterBecameOptional = Rule(
        224, "request-parameter-became-optional", ChangeLevel.Info, RuleArea.Parameters, ChangeKind.Widened, ChangeDirection.Request,
        "A required parameter became optional.", "{subject} became optional");

    public static readonly SpecRule ParameterStyleChanged = Rule(
        225, "request-parameter-style-changed", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Changed, ChangeDirection.Request,
        "The serialization style changed; clients encode the value the old way.", "{subject}: style changed from {before} to {after}");

    public static readonly SpecRule ParameterExplodeChanged = Rule(
        226, "request-parameter-explode-changed", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Changed, ChangeDirection.Request,
        "The explode flag changed; arrays and objects are encoded differently.", "{subject}: explode changed from {before} to {after}");

    public static readonly SpecRule ParameterEmptyValueDisallowed = Rule(
        227, "request-parameter-empty-value-disallowed", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Narrowed, ChangeDirection.Request,
        "An empty value is no longer allowed.", "{subject} no longer allows an empty value");

    public static readonly SpecRule ParameterLocationChanged = Rule(
        228, "request-parameter-location-changed", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Changed, ChangeDirection.Request,
        "A parameter moved (e.g. from query to header); clients send it where it is no longer read.", "{subject} moved from {before} to {after}");

    public static readonly SpecRule ParameterReservedCharactersDisallowed = Rule(
        229, "request-parameter-reserved-disallowed", ChangeLevel.Breaking, RuleArea.Parameters, ChangeKind.Narrowed, ChangeDirection.Request,
        "allowReserved was turned off; clients sending reserved characters unencoded are misread.", "{subject} no longer allows reserved characters unencoded");
}
