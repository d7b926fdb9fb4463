namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule ServerBasePathChanged = Rule(
        370, "server-base-path-changed", ChangeLevel.Breaking, RuleArea.Servers, ChangeKind.Changed, ChangeDirection.None,
        "The base path every operation lives under changed; every client URL is wrong.", "{subject}: base path changed from '{before}' to '{after}'");

    public static readonly SpecRule ServerRemoved = Rule(
        371, "server-removed", ChangeLevel.Warning, RuleArea.Servers, ChangeKind.Removed, ChangeDirection.None,
        "A server clients may be configured with is no longer listed.", "{subject}: server '{before}' was removed");

    public static readonly SpecRule ServerAdded = Rule(
        372, "server-added", ChangeLevel.Info, RuleArea.Servers, ChangeKind.Added, ChangeDirection.None,
        "A new server.", "{subject}: server '{after}' was added");

    public static readonly SpecRule ServerHostChanged = Rule(
        373, "server-host-changed", ChangeLevel.Warning, RuleArea.Servers, ChangeKind.Changed, ChangeDirection.None,
        "The server's scheme or host changed; clients configured with the old one miss it.", "{subject}: server changed from '{before}' to '{after}'");

    public static readonly SpecRule ServerVariableDefaultChanged = Rule(
        374, "server-variable-default-changed", ChangeLevel.Warning, RuleArea.Servers, ChangeKind.Changed, ChangeDirection.None,
        "A server variable's default changed, so the default URL changed.", "{subject}: default changed from '{before}' to '{after}'");

    public static readonly SpecRule ServerVariableValueRemoved = Rule(
        375, "server-variable-value-removed", ChangeLevel.Warning, RuleArea.Servers, ChangeKind.Removed, ChangeDirection.None,
        "A server variable no longer allows a value.", "{subject}: value '{before}' is no longer allowed");
}
