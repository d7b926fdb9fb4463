using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// The pact-vs-document rule ids (CORD110–CORD139): a consumer's pact checked against its provider's OpenAPI
/// document, with no provider running. Each id is stable once shipped and has a page in contracts/docs that
/// also names the equivalent code of PactFlow's openapi-pact-comparator.
/// </summary>
public static class PactComparisonRules
{
    /// <summary>No operation of the document has the interaction's path and method.</summary>
    public const string OperationNotDocumented = "CORD110";

    /// <summary>A required path, query or header parameter is not sent.</summary>
    public const string RequiredParameterMissing = "CORD111";

    /// <summary>A parameter's value does not fit its schema (type, format, enum, pattern, bounds).</summary>
    public const string ParameterValueInvalid = "CORD112";

    /// <summary>A query parameter the operation does not document.</summary>
    public const string QueryParameterUnknown = "CORD113";

    /// <summary>None of the operation's security requirements is met by the request.</summary>
    public const string SecurityNotMet = "CORD114";

    /// <summary>The credential travels in the request body while the operation reads it from a header, query or cookie.</summary>
    public const string CredentialInBody = "CORD115";

    /// <summary>The request's content type is not one the operation accepts.</summary>
    public const string RequestContentTypeNotAccepted = "CORD116";

    /// <summary>The request body does not fit the operation's request schema.</summary>
    public const string RequestBodyInvalid = "CORD117";

    /// <summary>The operation requires a request body and the interaction sends none.</summary>
    public const string RequestBodyMissing = "CORD118";

    /// <summary>The interaction expects a status the operation does not document.</summary>
    public const string ResponseStatusNotDocumented = "CORD119";

    /// <summary>The interaction's response status is covered only by the operation's <c>default</c> response.</summary>
    public const string ResponseStatusOnlyDefault = "CORD120";

    /// <summary>The response content type is not documented, or not one the request's Accept allows.</summary>
    public const string ResponseContentTypeNotDocumented = "CORD121";

    /// <summary>An expected response header does not fit its documented schema.</summary>
    public const string ResponseHeaderInvalid = "CORD122";

    /// <summary>The expected response body does not fit the documented schema.</summary>
    public const string ResponseBodyInvalid = "CORD123";

    /// <summary>The consumer expects a response property the document does not promise.</summary>
    public const string ResponsePropertyNotDocumented = "CORD124";

    /// <summary>The consumer expects a response body where the document describes none.</summary>
    public const string ResponseBodyNotDocumented = "CORD125";

    /// <summary>A request body is sent to an operation that documents none.</summary>
    public const string RequestBodyNotDocumented = "CORD126";

    /// <summary>A pact example does not satisfy the pact's own matcher (regex or type).</summary>
    public const string MatcherExampleMismatch = "CORD127";

    /// <summary>An interaction that is not HTTP (a V4 message) is not checked against an OpenAPI document.</summary>
    public const string InteractionNotChecked = "CORD128";

    /// <summary>The path matches a documented one only when letter case is ignored.</summary>
    public const string PathCaseDiffers = "CORD129";

    /// <summary>A request with a body names no content type.</summary>
    public const string RequestContentTypeMissing = "CORD130";

    /// <summary>A pact is not compared with its provider's document, because the provider has none (committed or served).</summary>
    public const string ProviderDocumentMissing = "CORD131";

    /// <summary>A request header the operation does not document (standard HTTP headers aside).</summary>
    public const string RequestHeaderUnknown = "CORD132";

    /// <summary>A schema the JSON Schema validator cannot compile: what it describes is not checked.</summary>
    public const string SchemaNotCompiled = "CORD133";

    /// <summary>The pact-vs-document rules as reports list them, each with its documentation page.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        Describe(OperationNotDocumented, "Interaction's path or method not in the provider's document", Severity.Error),
        Describe(RequiredParameterMissing, "Required parameter not sent", Severity.Error),
        Describe(ParameterValueInvalid, "Parameter value does not fit its schema", Severity.Error),
        Describe(QueryParameterUnknown, "Query parameter not documented", Severity.Warning),
        Describe(SecurityNotMet, "Security requirement not met", Severity.Error),
        Describe(CredentialInBody, "Credential sent in the body, read from elsewhere", Severity.Error),
        Describe(RequestContentTypeNotAccepted, "Request content type not accepted", Severity.Error),
        Describe(RequestBodyInvalid, "Request body does not fit the schema", Severity.Error),
        Describe(RequestBodyMissing, "Required request body not sent", Severity.Error),
        Describe(ResponseStatusNotDocumented, "Response status not documented", Severity.Error),
        Describe(ResponseStatusOnlyDefault, "Response status covered only by default", Severity.Info),
        Describe(ResponseContentTypeNotDocumented, "Response content type not documented or not acceptable", Severity.Error),
        Describe(ResponseHeaderInvalid, "Response header does not fit its schema", Severity.Error),
        Describe(ResponseBodyInvalid, "Response body does not fit the schema", Severity.Error),
        Describe(ResponsePropertyNotDocumented, "Expected response property not documented", Severity.Warning),
        Describe(ResponseBodyNotDocumented, "Expected response body not documented", Severity.Warning),
        Describe(RequestBodyNotDocumented, "Request body sent where none is documented", Severity.Warning),
        Describe(MatcherExampleMismatch, "Pact example does not satisfy its matcher", Severity.Warning),
        Describe(InteractionNotChecked, "Interaction not checked against OpenAPI", Severity.Info),
        Describe(PathCaseDiffers, "Path differs from the document in letter case", Severity.Warning),
        Describe(RequestContentTypeMissing, "Request body without a content type", Severity.Warning),
        Describe(ProviderDocumentMissing, "Pact not compared: its provider has no OpenAPI document", Severity.Info),
        Describe(RequestHeaderUnknown, "Request header not documented", Severity.Warning),
        Describe(SchemaNotCompiled, "Schema cannot be compiled; values it describes not checked", Severity.Warning),
    ];

    /// <summary>The descriptor of a rule of this range.</summary>
    public static RuleDescriptor Get(string id) => Descriptors.First(d => d.Id == id);

    private static RuleDescriptor Describe(string id, string title, Severity severity) =>
        new(id, title, Lens.Contract, severity, new Uri($"https://github.com/concord-contracts/concord/blob/main/contracts/docs/{id}.md"));
}
