namespace Concord.OpenApi.Rules;

/// <summary>
/// Schema rules come in request/response pairs: the same edit is safe on one side and breaking on the
/// other. Request rules judge what the server accepts, response rules what clients must read.
/// </summary>
public static partial class SpecRules
{
    public static readonly SpecRule RequestTypeChanged = Req(280, "request-type-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The accepted type changed or narrowed; values clients send may be rejected.", "{subject}: type changed from {before} to {after}");

    public static readonly SpecRule ResponseTypeChanged = Res(281, "response-type-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The returned type changed or widened; clients may not parse it.", "{subject}: type changed from {before} to {after}");

    public static readonly SpecRule RequestTypeWidened = Req(282, "request-type-widened", ChangeLevel.Info, ChangeKind.Widened,
        "More types are accepted.", "{subject}: accepted type widened from {before} to {after}");

    public static readonly SpecRule ResponseTypeNarrowed = Res(283, "response-type-narrowed", ChangeLevel.Info, ChangeKind.Narrowed,
        "Fewer types are returned.", "{subject}: returned type narrowed from {before} to {after}");

    public static readonly SpecRule RequestFormatChanged = Req(284, "request-format-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The accepted format changed.", "{subject}: format changed from '{before}' to '{after}'");

    public static readonly SpecRule ResponseFormatChanged = Res(285, "response-format-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The returned format changed.", "{subject}: format changed from '{before}' to '{after}'");

    public static readonly SpecRule RequestFormatAdded = Req(286, "request-format-added", ChangeLevel.Warning, ChangeKind.Narrowed,
        "A format now constrains accepted values.", "{subject}: format '{after}' was added");

    public static readonly SpecRule ResponseFormatAdded = Res(287, "response-format-added", ChangeLevel.Info, ChangeKind.Narrowed,
        "Returned values now follow a format.", "{subject}: format '{after}' was added");

    public static readonly SpecRule RequestFormatRemoved = Req(288, "request-format-removed", ChangeLevel.Info, ChangeKind.Widened,
        "Accepted values no longer need a format.", "{subject}: format '{before}' was removed");

    public static readonly SpecRule ResponseFormatRemoved = Res(289, "response-format-removed", ChangeLevel.Warning, ChangeKind.Widened,
        "Returned values no longer promise a format.", "{subject}: format '{before}' was removed");

    public static readonly SpecRule RequestEnumValueRemoved = Req(290, "request-enum-value-removed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "An enum value is no longer accepted.", "{subject}: enum value {before} is no longer accepted");

    public static readonly SpecRule RequestEnumValueAdded = Req(291, "request-enum-value-added", ChangeLevel.Info, ChangeKind.Widened,
        "A new enum value is accepted.", "{subject}: enum value {after} is now accepted");

    public static readonly SpecRule ResponseEnumValueAdded = Res(292, "response-enum-value-added", ChangeLevel.Warning, ChangeKind.Widened,
        "A new enum value may be returned; exhaustive client switches miss it.", "{subject}: enum value {after} may now be returned");

    public static readonly SpecRule ResponseEnumValueRemoved = Res(293, "response-enum-value-removed", ChangeLevel.Info, ChangeKind.Narrowed,
        "An enum value is no longer returned.", "{subject}: enum value {before} is no longer returned");

    public static readonly SpecRule RequestEnumIntroduced = Req(294, "request-enum-introduced", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "Accepted values are now limited to an enum.", "{subject}: values are now limited to {after}");

    public static readonly SpecRule ResponseEnumDropped = Res(295, "response-enum-dropped", ChangeLevel.Warning, ChangeKind.Widened,
        "Returned values are no longer limited to an enum.", "{subject}: values are no longer limited to {before}");

    public static readonly SpecRule RequestUpperBoundNarrowed = Req(296, "request-upper-bound-narrowed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A maximum (value, length, items or properties) was lowered or added; larger values are rejected.", "{subject}: lowered from {before} to {after}");

    public static readonly SpecRule RequestUpperBoundWidened = Req(297, "request-upper-bound-widened", ChangeLevel.Info, ChangeKind.Widened,
        "A maximum was raised or removed.", "{subject}: raised from {before} to {after}");

    public static readonly SpecRule RequestLowerBoundNarrowed = Req(298, "request-lower-bound-narrowed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A minimum (value, length, items or properties) was raised or added; smaller values are rejected.", "{subject}: raised from {before} to {after}");

    public static readonly SpecRule RequestLowerBoundWidened = Req(299, "request-lower-bound-widened", ChangeLevel.Info, ChangeKind.Widened,
        "A minimum was lowered or removed.", "{subject}: lowered from {before} to {after}");

    public static readonly SpecRule ResponseUpperBoundWidened = Res(300, "response-upper-bound-widened", ChangeLevel.Warning, ChangeKind.Widened,
        "A returned maximum was raised or removed; clients may get larger values than they hold.", "{subject}: raised from {before} to {after}");

    public static readonly SpecRule ResponseUpperBoundNarrowed = Res(301, "response-upper-bound-narrowed", ChangeLevel.Info, ChangeKind.Narrowed,
        "A returned maximum was lowered or added.", "{subject}: lowered from {before} to {after}");

    public static readonly SpecRule ResponseLowerBoundWidened = Res(302, "response-lower-bound-widened", ChangeLevel.Warning, ChangeKind.Widened,
        "A returned minimum was lowered or removed.", "{subject}: lowered from {before} to {after}");

    public static readonly SpecRule ResponseLowerBoundNarrowed = Res(303, "response-lower-bound-narrowed", ChangeLevel.Info, ChangeKind.Narrowed,
        "A returned minimum was raised or added.", "{subject}: raised from {before} to {after}");

    public static readonly SpecRule RequestPatternAdded = Req(304, "request-pattern-added", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "Accepted strings must now match a pattern.", "{subject}: pattern '{after}' was added");

    public static readonly SpecRule RequestPatternChanged = Req(305, "request-pattern-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "The accepted pattern changed; values valid before may be rejected.", "{subject}: pattern changed from '{before}' to '{after}'");

    public static readonly SpecRule RequestPatternRemoved = Req(306, "request-pattern-removed", ChangeLevel.Info, ChangeKind.Widened,
        "Accepted strings no longer need to match a pattern (it was removed, or widened to one that matches anything, such as '.*').", "{subject}: pattern '{before}' was removed or now matches anything ('{after}')");

    public static readonly SpecRule ResponsePatternChanged = Res(307, "response-pattern-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "Returned strings follow another pattern.", "{subject}: pattern changed from '{before}' to '{after}'");

    public static readonly SpecRule ResponsePatternAdded = Res(308, "response-pattern-added", ChangeLevel.Info, ChangeKind.Narrowed,
        "Returned strings now follow a pattern.", "{subject}: pattern '{after}' was added");

    public static readonly SpecRule RequestPropertyBecameRequired = Req(309, "request-property-became-required", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A property clients may omit became required.", "{subject} became required");

    public static readonly SpecRule RequestPropertyBecameOptional = Req(310, "request-property-became-optional", ChangeLevel.Info, ChangeKind.Widened,
        "A required property became optional.", "{subject} became optional");

    public static readonly SpecRule ResponsePropertyBecameOptional = Res(311, "response-property-became-optional", ChangeLevel.Breaking, ChangeKind.Widened,
        "A property clients rely on may now be missing.", "{subject} became optional");

    public static readonly SpecRule ResponsePropertyBecameRequired = Res(312, "response-property-became-required", ChangeLevel.Info, ChangeKind.Narrowed,
        "A property is now always returned.", "{subject} became required");

    public static readonly SpecRule RequiredRequestPropertyAdded = Req(313, "required-request-property-added", ChangeLevel.Breaking, ChangeKind.Added,
        "A new required property (or a readOnly one that clients must now send); existing clients do not send it.", "{subject} was added as required");

    public static readonly SpecRule OptionalRequestPropertyAdded = Req(314, "optional-request-property-added", ChangeLevel.Info, ChangeKind.Added,
        "A new optional property (or a readOnly one clients may now send).", "{subject} was added as optional");

    public static readonly SpecRule RequestPropertyRemoved = Req(315, "request-property-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "A property is no longer read; clients still send it.", "{subject} was removed");

    public static readonly SpecRule RequiredResponsePropertyRemoved = Res(316, "required-response-property-removed", ChangeLevel.Breaking, ChangeKind.Removed,
        "A property clients read is no longer returned.", "{subject} was removed");

    public static readonly SpecRule ResponsePropertyAdded = Res(317, "response-property-added", ChangeLevel.Info, ChangeKind.Added,
        "A new returned property (or a writeOnly one that is now returned).", "{subject} was added");

    public static readonly SpecRule OptionalResponsePropertyRemoved = Res(318, "optional-response-property-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "An optional property is no longer returned.", "{subject} was removed");

    public static readonly SpecRule RequestNullRejected = Req(319, "request-null-rejected", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "null is no longer accepted (nullable: true or type [.., null] removed).", "{subject}: null is no longer accepted");

    public static readonly SpecRule RequestNullAccepted = Req(320, "request-null-accepted", ChangeLevel.Info, ChangeKind.Widened,
        "null is now accepted.", "{subject}: null is now accepted");

    public static readonly SpecRule ResponseNullReturned = Res(321, "response-null-returned", ChangeLevel.Breaking, ChangeKind.Widened,
        "null may now be returned; clients that dereference it fail.", "{subject}: null may now be returned");

    public static readonly SpecRule ResponseNullNoLongerReturned = Res(322, "response-null-no-longer-returned", ChangeLevel.Info, ChangeKind.Narrowed,
        "null is no longer returned.", "{subject}: null is no longer returned");

    public static readonly SpecRule RequestAdditionalPropertiesNarrowed = Req(323, "request-additional-properties-narrowed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "Unlisted properties are no longer accepted.", "{subject}: additional properties are no longer accepted");

    public static readonly SpecRule RequestAdditionalPropertiesWidened = Req(324, "request-additional-properties-widened", ChangeLevel.Info, ChangeKind.Widened,
        "Unlisted properties are now accepted.", "{subject}: additional properties are now accepted");

    public static readonly SpecRule ResponseAdditionalPropertiesWidened = Res(325, "response-additional-properties-widened", ChangeLevel.Warning, ChangeKind.Widened,
        "Unlisted properties may now be returned; strict clients reject them.", "{subject}: additional properties may now be returned");

    public static readonly SpecRule ResponseAdditionalPropertiesNarrowed = Res(326, "response-additional-properties-narrowed", ChangeLevel.Info, ChangeKind.Narrowed,
        "Unlisted properties are no longer returned.", "{subject}: additional properties are no longer returned");

    public static readonly SpecRule RequestPropertyBecameReadOnly = Req(327, "request-property-became-read-only", ChangeLevel.Warning, ChangeKind.Narrowed,
        "A property clients send became readOnly; the server ignores or rejects it.", "{subject} became readOnly");

    public static readonly SpecRule ResponsePropertyBecameWriteOnly = Res(328, "response-property-became-write-only", ChangeLevel.Breaking, ChangeKind.Removed,
        "A property clients read became writeOnly and is no longer returned.", "{subject} became writeOnly");

    public static readonly SpecRule RequestAlternativeRemoved = Req(330, "request-alternative-removed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A oneOf/anyOf alternative is no longer accepted.", "{subject}: alternative {before} is no longer accepted");

    public static readonly SpecRule RequestAlternativeAdded = Req(331, "request-alternative-added", ChangeLevel.Info, ChangeKind.Widened,
        "A new oneOf/anyOf alternative is accepted.", "{subject}: alternative {after} is now accepted");

    public static readonly SpecRule ResponseAlternativeAdded = Res(332, "response-alternative-added", ChangeLevel.Warning, ChangeKind.Widened,
        "A new oneOf/anyOf alternative may be returned; like a new enum value, clients that handle every known variant miss it.", "{subject}: alternative {after} may now be returned");

    public static readonly SpecRule ResponseAlternativeRemoved = Res(333, "response-alternative-removed", ChangeLevel.Info, ChangeKind.Narrowed,
        "A oneOf/anyOf alternative is no longer returned.", "{subject}: alternative {before} is no longer returned");

    public static readonly SpecRule RequestAllOfAdded = Req(334, "request-all-of-added", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A new allOf part that cannot be merged (it holds oneOf, anyOf or not) adds constraints to what is accepted; mergeable parts are compared as one merged schema.", "{subject}: allOf part {after} was added");

    public static readonly SpecRule ResponseAllOfRemoved = Res(335, "response-all-of-removed", ChangeLevel.Warning, ChangeKind.Widened,
        "An allOf part that cannot be merged (it holds oneOf, anyOf or not) was removed; returned values promise less. Mergeable parts are compared as one merged schema.", "{subject}: allOf part {before} was removed");

    public static readonly SpecRule DiscriminatorPropertyChanged = Schema(336, "discriminator-property-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The discriminator property changed; clients pick the wrong subtype.", "{subject}: discriminator changed from '{before}' to '{after}'");

    public static readonly SpecRule RequestDiscriminatorMappingRemoved = Req(337, "request-discriminator-mapping-removed", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A discriminator value is no longer accepted.", "{subject}: discriminator value '{before}' is no longer accepted");

    public static readonly SpecRule ResponseDiscriminatorMappingAdded = Res(338, "response-discriminator-mapping-added", ChangeLevel.Warning, ChangeKind.Widened,
        "A new discriminator value may be returned.", "{subject}: discriminator value '{after}' may now be returned");

    public static readonly SpecRule RequestMultipleOfChanged = Req(339, "request-multiple-of-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "multipleOf changed; values valid before may be rejected.", "{subject}: multipleOf changed from {before} to {after}");

    public static readonly SpecRule ResponseMultipleOfChanged = Res(340, "response-multiple-of-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "multipleOf of returned values changed.", "{subject}: multipleOf changed from {before} to {after}");

    public static readonly SpecRule RequestUniqueItemsRequired = Req(341, "request-unique-items-required", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "Array items must now be unique.", "{subject}: items must now be unique");

    public static readonly SpecRule ResponseUniqueItemsDropped = Res(342, "response-unique-items-dropped", ChangeLevel.Warning, ChangeKind.Widened,
        "Returned array items may now repeat.", "{subject}: items may now repeat");

    public static readonly SpecRule RequestDefaultChanged = Req(343, "request-default-changed", ChangeLevel.Warning, ChangeKind.Changed,
        "The default applied to an omitted value changed; clients that omit it get other behaviour.", "{subject}: default changed from {before} to {after}");

    public static readonly SpecRule SchemaReferenceChanged = Schema(344, "schema-reference-changed", ChangeLevel.Info, ChangeKind.Changed,
        "A schema now points at another component (or is inlined) and what it describes differs; its differences are reported below it. Pointing at an identical copy is not reported.", "{subject}: schema changed from {before} to {after}");

    public static readonly SpecRule RequestConstChanged = Req(345, "request-const-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The only accepted value changed, or a const now limits accepted values to one.", "{subject}: const changed from {before} to {after}");

    public static readonly SpecRule ResponseConstChanged = Res(346, "response-const-changed", ChangeLevel.Breaking, ChangeKind.Changed,
        "The only returned value changed.", "{subject}: const changed from {before} to {after}");

    public static readonly SpecRule RequestConstRemoved = Req(329, "request-const-removed", ChangeLevel.Info, ChangeKind.Widened,
        "Accepted values are no longer limited to one const value.", "{subject}: const {before} was removed");

    public static readonly SpecRule ResponseConstRemoved = Res(395, "response-const-removed", ChangeLevel.Warning, ChangeKind.Widened,
        "Returned values are no longer limited to one const value; clients that relied on it (e.g. to pick a variant) may get others.",
        "{subject}: const {before} was removed");

    public static readonly SpecRule ResponseConstAdded = Res(396, "response-const-added", ChangeLevel.Info, ChangeKind.Narrowed,
        "Returned values are now always one const value.", "{subject}: const {after} was added");

    private static SpecRule Req(int number, string name, ChangeLevel level, ChangeKind kind, string summary, string message) =>
        Rule(number, name, level, RuleArea.Schemas, kind, ChangeDirection.Request, summary, message);

    private static SpecRule Res(int number, string name, ChangeLevel level, ChangeKind kind, string summary, string message) =>
        Rule(number, name, level, RuleArea.Schemas, kind, ChangeDirection.Response, summary, message);

    private static SpecRule Schema(int number, string name, ChangeLevel level, ChangeKind kind, string summary, string message) =>
        Rule(number, name, level, RuleArea.Schemas, kind, ChangeDirection.None, summary, message);

    public static readonly SpecRule ResponseDiscriminatorRemoved = Res(347, "response-discriminator-removed", ChangeLevel.Warning, ChangeKind.Removed,
        "Returned variants no longer name their type; clients that dispatch on it must guess.", "{subject}: discriminator '{before}' was removed");

    public static readonly SpecRule RequestOneOfAmbiguous = Req(348, "request-one-of-ambiguous", ChangeLevel.Breaking, ChangeKind.Narrowed,
        "A request schema was wrapped in oneOf beside an alternative that former requests may also match; oneOf rejects a value that matches more than one alternative.",
        "{subject}: former requests may also match the new alternative {after}, and oneOf rejects a value that matches two");

    public static readonly SpecRule ResponsePatternRemoved = Res(349, "response-pattern-removed", ChangeLevel.Info, ChangeKind.Widened,
        "Returned strings no longer promise to match a pattern (it was removed, or widened to one that matches anything, such as '.*'); clients that validate with it are told, nothing they parse changes shape.",
        "{subject}: pattern '{before}' was removed or now matches anything ('{after}')");
}
