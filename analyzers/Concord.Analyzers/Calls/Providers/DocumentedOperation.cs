using System.Collections.Generic;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>One operation of a provider's document: method, path template, security and what the call must set.</summary>
internal sealed class DocumentedOperation
{
    public DocumentedOperation(
        string method,
        string path,
        IReadOnlyList<IReadOnlyList<SecurityScheme>> security,
        IReadOnlyList<string> bodyProperties,
        IReadOnlyList<DocumentedParameter>? requiredParameters = null,
        IReadOnlyList<string>? requiredBodyProperties = null,
        IReadOnlyDictionary<string, PathParameterShape>? pathParameters = null)
    {
        Method = method;
        Path = path;
        Security = security;
        BodyProperties = bodyProperties;
        RequiredParameters = requiredParameters ?? System.Array.Empty<DocumentedParameter>();
        RequiredBodyProperties = requiredBodyProperties ?? System.Array.Empty<string>();
        PathParameters = pathParameters ?? new Dictionary<string, PathParameterShape>();
    }

    /// <summary>Upper case: GET, POST, …</summary>
    public string Method { get; }

    /// <summary>The path as documented: <c>/orders/{id}</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The alternatives a request may satisfy (any one list, all schemes in it); empty when the operation needs
    /// no credential (no requirement, or an empty one such as <c>security: [{}]</c>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SecurityScheme>> Security { get; }

    /// <summary>The JSON request body's top-level property names, when the document gives them.</summary>
    public IReadOnlyList<string> BodyProperties { get; }

    /// <summary>The path, query and header parameters marked <c>required</c> (path parameters always are), the path item's own included.</summary>
    public IReadOnlyList<DocumentedParameter> RequiredParameters { get; }

    /// <summary>The JSON request body's top-level properties listed in its schema's <c>required</c>.</summary>
    public IReadOnlyList<string> RequiredBodyProperties { get; }

    /// <summary>What each path parameter the document types accepts, by name (<c>id</c>: integer).</summary>
    public IReadOnlyDictionary<string, PathParameterShape> PathParameters { get; }

    /// <summary>The document pointer of the operation: <c>#/paths/~1orders~1{id}/get</c>.</summary>
    public string Pointer => "#/paths/" + Path.Replace("~", "~0").Replace("/", "~1") + "/" + Method.ToLowerInvariant();
}
