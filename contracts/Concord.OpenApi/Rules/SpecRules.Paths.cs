namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule PathRemoved = Rule(
        200, "path-removed", ChangeLevel.Breaking, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.None,
        "A path and all its operations were removed.", "{subject} was removed with all its operations");

    public static readonly SpecRule OperationRemoved = Rule(
        201, "operation-removed", ChangeLevel.Breaking, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.None,
        "An operation was removed from a path that remains.", "{subject} was removed");

    public static readonly SpecRule PathAdded = Rule(
        202, "path-added", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Added, ChangeDirection.None,
        "A new path.", "{subject} was added");

    public static readonly SpecRule OperationAdded = Rule(
        203, "operation-added", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Added, ChangeDirection.None,
        "A new operation on an existing path.", "{subject} was added");

    public static readonly SpecRule PathParameterRenamed = Rule(
        204, "path-parameter-renamed", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Renamed, ChangeDirection.None,
        "A path template parameter was renamed; the URL clients call is unchanged.", "{subject}: path parameter '{before}' was renamed to '{after}'");

    public static readonly SpecRule OperationMoved = Rule(
        205, "operation-moved", ChangeLevel.Breaking, RuleArea.Paths, ChangeKind.Renamed, ChangeDirection.None,
        "An operation now lives under another path prefix; clients calling the old path get 404.", "{subject} moved to {after}");

    public static readonly SpecRule OperationIdChanged = Rule(
        206, "operation-id-changed", ChangeLevel.Warning, RuleArea.Paths, ChangeKind.Changed, ChangeDirection.None,
        "The operationId changed; generated clients rename the method.", "{subject}: operationId changed from '{before}' to '{after}'");

    public static readonly SpecRule OperationIdRemoved = Rule(
        207, "operation-id-removed", ChangeLevel.Warning, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.None,
        "The operationId was removed; generated clients rename the method.", "{subject}: operationId '{before}' was removed");

    public static readonly SpecRule WebhookRemoved = Rule(
        208, "webhook-removed", ChangeLevel.Warning, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.Response,
        "A webhook is no longer sent; subscribers waiting for it hear nothing.", "{subject} is no longer sent");

    public static readonly SpecRule WebhookAdded = Rule(
        209, "webhook-added", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Added, ChangeDirection.Response,
        "A new webhook.", "{subject} was added");

    public static readonly SpecRule CallbackRemoved = Rule(
        210, "callback-removed", ChangeLevel.Warning, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.Response,
        "An operation no longer calls a callback clients registered for.", "{subject}: callback '{before}' was removed");

    public static readonly SpecRule CallbackAdded = Rule(
        211, "callback-added", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Added, ChangeDirection.Response,
        "An operation has a new callback.", "{subject}: callback '{after}' was added");

    public static readonly SpecRule OperationTagRemoved = Rule(
        212, "operation-tag-removed", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.None,
        "An operation lost a tag; generated clients group it elsewhere.", "{subject}: tag '{before}' was removed");

    public static readonly SpecRule UnstableOperationRemoved = Rule(
        213, "unstable-operation-removed", ChangeLevel.Info, RuleArea.Paths, ChangeKind.Removed, ChangeDirection.None,
        "An operation marked x-stability-level draft or alpha was removed; those levels promise nothing, so it is information.",
        "{subject} (x-stability-level {before}) was removed");
}
