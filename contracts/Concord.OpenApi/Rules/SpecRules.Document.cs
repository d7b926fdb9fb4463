namespace Concord.OpenApi.Rules;

public static partial class SpecRules
{
    public static readonly SpecRule ApiVersionChanged = Rule(
        390, "api-version-changed", ChangeLevel.Info, RuleArea.Document, ChangeKind.Changed, ChangeDirection.None,
        "info.version changed.", "{subject}: API version changed from '{before}' to '{after}'");

    public static readonly SpecRule SpecVersionChanged = Rule(
        391, "openapi-version-changed", ChangeLevel.Info, RuleArea.Document, ChangeKind.Changed, ChangeDirection.None,
        "The OpenAPI/Swagger version of the document changed.", "{subject}: OpenAPI version changed from {before} to {after}");

    public static readonly SpecRule SchemaComponentRemoved = Rule(
        392, "schema-component-removed", ChangeLevel.Info, RuleArea.Document, ChangeKind.Removed, ChangeDirection.None,
        "A schema component was removed (operations using it are reported on their own).", "{subject} was removed");

    public static readonly SpecRule SchemaComponentAdded = Rule(
        393, "schema-component-added", ChangeLevel.Info, RuleArea.Document, ChangeKind.Added, ChangeDirection.None,
        "A new schema component.", "{subject} was added");

    public static readonly SpecRule ReaderWarning = Rule(
        394, "document-read-with-warnings", ChangeLevel.Info, RuleArea.Document, ChangeKind.Changed, ChangeDirection.None,
        "The OpenAPI reader read past something the specification does not allow there (a keyword in the wrong place, say); the document is compared as read.",
        "{subject}: the OpenAPI reader read past: {before} ({after})");
}
