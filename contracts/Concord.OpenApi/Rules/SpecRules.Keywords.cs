namespace Concord.OpenApi.Rules;

/// <summary>Rules for JSON Schema 2020-12 constraint keywords (OpenAPI 3.1), defaults and x-extensible-enum.</summary>
public static partial class SpecRules
{
    public static readonly SpecRule RequestSchemaConstraintAdded = Req(273, "request-schema-constraint-added", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A JSON Schema constraint (prefixItems, contains, minContains, maxContains, propertyNames, patternProperties, dependentRequired, dependentSchemas, if/then/else, unevaluatedProperties, unevaluatedItems, contentMediaType, contentEncoding) now applies to what is accepted; requests valid before may be rejected.",
        "{subject} was added: {after}");

    public static readonly SpecRule ResponseSchemaConstraintRemoved = Res(274, "response-schema-constraint-removed", ChangeLevel.Warning, ChangeKind.Widened,
        "A JSON Schema constraint on returned values was removed; clients may receive values it excluded.", "{subject} was removed (was {before})");

    public static readonly SpecRule SchemaConstraintChanged = Schema(275, "schema-constraint-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "A JSON Schema constraint keyword changed value; check whether it accepts or returns other values now.", "{subject} changed from {before} to {after}");

    public static readonly SpecRule RequestDefaultAdded = Req(276, "request-default-added", ChangeLevel.Info, ChangeKind.Added,
        "An omitted value now has a documented default.", "{subject}: default {after} was added");

    public static readonly SpecRule RequestDefaultRemoved = Req(277, "request-default-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "The default applied to an omitted value is no longer documented; clients that omit it may get other behaviour.", "{subject}: default {before} was removed");

    public static readonly SpecRule RequestExtensibleEnumValueRemoved = Req(278, "request-extensible-enum-value-removed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A value of an x-extensible-enum is no longer accepted.", "{subject}: x-extensible-enum value(s) {before} no longer accepted");

    public static readonly SpecRule ResponseExtensibleEnumValueAdded = Res(279, "response-extensible-enum-value-added", ChangeLevel.Info, ChangeKind.Widened,
        "A new value of an x-extensible-enum may be returned; the convention tells clients to expect new values, so it is information.",
        "{subject}: x-extensible-enum value(s) {after} may now be returned");

    public static readonly SpecRule ResponseDefaultAdded = Res(256, "response-default-added", ChangeLevel.Info, ChangeKind.Added,
        "A returned value that may be left out now documents the default its absence means.", "{subject}: default {after} was added");

    public static readonly SpecRule ResponseDefaultRemoved = Res(257, "response-default-removed", ChangeLevel.Info, ChangeKind.Removed,
        "A returned value that may be left out no longer documents what its absence means; clients keep assuming the old default.", "{subject}: default {before} was removed");

    public static readonly SpecRule ResponseDefaultChanged = Res(258, "response-default-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "What a left-out returned value means changed; clients that fill in the documented default now fill in another value than the server means.",
        "{subject}: default changed from {before} to {after}");
}
