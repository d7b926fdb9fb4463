namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule OperationDeprecated = Rule(
        380, "operation-deprecated", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Deprecated, ChangeDirection.None,
        "An operation was deprecated.", "{subject} was deprecated (sunset: {after})");

    public static readonly SpecRule SunsetTooSoon = Rule(
        381, "sunset-too-soon", ChangeLevel.Warning, RuleArea.Deprecation, ChangeKind.Deprecated, ChangeDirection.None,
        "A newly deprecated operation, parameter or property has a sunset date closer than the deprecation window allows; beta (x-stability-level) has its own window, draft and alpha none.",
        "{subject}: sunset {after} is sooner than the {before} deprecation window");

    public static readonly SpecRule DeprecatedOperationRemoved = Rule(
        382, "deprecated-operation-removed", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.None,
        "A deprecated operation was removed after its sunset (or with no sunset announced).", "{subject} was removed after deprecation (sunset: {before})");

    public static readonly SpecRule OperationRemovedBeforeSunset = Rule(
        383, "operation-removed-before-sunset", ChangeLevel.Breaking, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.None,
        "A deprecated operation was removed before the sunset date it promised.", "{subject} was removed before its sunset date {before}");

    public static readonly SpecRule OperationReactivated = Rule(
        384, "operation-reactivated", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "An operation is no longer deprecated.", "{subject} is no longer deprecated");

    public static readonly SpecRule ParameterDeprecated = Rule(
        385, "parameter-deprecated", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Deprecated, ChangeDirection.Request,
        "A parameter was deprecated.", "{subject} was deprecated");

    public static readonly SpecRule PropertyDeprecated = Rule(
        386, "property-deprecated", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Deprecated, ChangeDirection.None,
        "A schema or property was deprecated.", "{subject} was deprecated");

    public static readonly SpecRule SunsetDateInvalid = Rule(
        387, "sunset-date-invalid", ChangeLevel.Warning, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "An x-sunset value (of an operation, parameter or property) is not a date, so clients cannot plan for it.", "{subject}: x-sunset '{after}' is not a date");

    public static readonly SpecRule SunsetMovedEarlier = Rule(
        388, "sunset-moved-earlier", ChangeLevel.Warning, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "A sunset date (of an operation, parameter or property) moved earlier; clients have less time than promised.", "{subject}: sunset moved from {before} to {after}");

    public static readonly SpecRule DeprecatedParameterRemoved = Rule(
        389, "deprecated-parameter-removed", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.Request,
        "A parameter that was deprecated is no longer read.", "{subject} was removed after deprecation");

    public static readonly SpecRule StabilityDecreased = Rule(
        377, "stability-decreased", ChangeLevel.Breaking, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "An x-stability-level (of an operation, parameter or property) went down, e.g. stable to beta; clients built on the promise it made lose it.",
        "{subject}: x-stability-level went down from {before} to {after}");

    public static readonly SpecRule ParameterRemovedBeforeSunset = Rule(
        378, "parameter-removed-before-sunset", ChangeLevel.Breaking, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.Request,
        "A parameter was removed before the sunset date (x-sunset) it announced.", "{subject} was removed before its sunset date {before}");

    public static readonly SpecRule PropertyRemovedBeforeSunset = Rule(
        379, "property-removed-before-sunset", ChangeLevel.Breaking, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.None,
        "A property was removed before the sunset date (x-sunset) it announced.", "{subject} was removed before its sunset date {before}");

    public static readonly SpecRule StabilityLevelInvalid = Rule(
        397, "stability-level-invalid", ChangeLevel.Warning, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "An x-stability-level value is not one of draft, alpha, beta or stable, so clients cannot tell what it promises (and Concord judges it as unmarked).",
        "{subject}: x-stability-level '{after}' is not draft, alpha, beta or stable");

    public static readonly SpecRule DeprecatedPropertyRemoved = Rule(
        398, "deprecated-property-removed", ChangeLevel.Info, RuleArea.Deprecation, ChangeKind.Removed, ChangeDirection.None,
        "A property that was deprecated was removed after its sunset (or with no sunset announced); clients were told to stop using it.",
        "{subject} was removed after deprecation (sunset: {before})");

    public static readonly SpecRule SunsetRemoved = Rule(
        399, "sunset-removed", ChangeLevel.Warning, RuleArea.Deprecation, ChangeKind.Changed, ChangeDirection.None,
        "An operation, parameter or property that is still deprecated no longer announces its sunset date (x-sunset); clients lose the date they planned against and it may now go at any time.",
        "{subject}: sunset {before} was removed while it stays deprecated");
}
