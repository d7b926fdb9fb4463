using System.Text.Json.Nodes;

namespace Concord.OpenApi.PactComparison;

/// <summary>
/// A consumer's pact file as the comparison reads it: plain JSON, read here without the Pact core or
/// Concord.Pact (pact specification 2, 3 and 4; each in the shapes pact-js, pact-jvm and the Pact core write).
/// </summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="Consumer">The consumer's name.</param>
/// <param name="Provider">The provider's name.</param>
/// <param name="SpecificationVersion">The <c>metadata.pactSpecification.version</c>, e.g. <c>4.0</c>; <c>2.0.0</c> when absent.</param>
/// <param name="Interactions">Every interaction, HTTP or not, in file order.</param>
public sealed record ConsumerPact(string Path, string Consumer, string Provider, string SpecificationVersion, IReadOnlyList<PactInteraction> Interactions);

/// <summary>What kind of exchange an interaction describes.</summary>
public enum PactInteractionKind
{
    /// <summary>An HTTP request and response (V2, V3, V4 <c>Synchronous/HTTP</c>).</summary>
    Http,

    /// <summary>A message (V3 <c>messages</c>, V4 <c>Asynchronous/Messages</c> or <c>Synchronous/Messages</c>).</summary>
    Message,
}

/// <summary>One interaction of a pact.</summary>
/// <param name="Description">Its description, which names it in findings.</param>
/// <param name="Kind">HTTP or message.</param>
/// <param name="TypeName">The V4 <c>type</c> as written, e.g. <c>Asynchronous/Messages</c>; empty before V4.</param>
/// <param name="Line">The 1-based line where it starts in the pact file.</param>
/// <param name="Request">The request (HTTP interactions).</param>
/// <param name="Response">The expected response (HTTP interactions).</param>
public sealed record PactInteraction(string Description, PactInteractionKind Kind, string TypeName, int? Line, PactRequest? Request, PactResponse? Response)
{
    /// <summary>The provider states it is given in (V2 <c>providerState</c>, V3/V4 <c>providerStates</c> names); empty when none.</summary>
    public IReadOnlyList<string> ProviderStates { get; init; } = [];
}

/// <summary>The request an HTTP interaction sends: the example values, which matchers only generalise.</summary>
public sealed record PactRequest(
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    PactHeaders Headers,
    PactBody? Body,
    PactMatchers Matchers);

/// <summary>The response an HTTP interaction expects.</summary>
public sealed record PactResponse(int Status, PactHeaders Headers, PactBody? Body, PactMatchers Matchers);

/// <summary>A body as the pact holds it: parsed JSON when it is JSON, else its text.</summary>
/// <param name="Json">The JSON value, when the body is JSON (or was written as a JSON value).</param>
/// <param name="Text">The text, when the body is not JSON.</param>
/// <param name="ContentType">The V4 <c>contentType</c> of the body, when written.</param>
public sealed record PactBody(JsonNode? Json, string? Text, string? ContentType)
{
    /// <summary>Whether the body is JSON.</summary>
    public bool IsJson => Text is null;
}

/// <summary>Headers by name, case-insensitive; a header sent several times keeps every value.</summary>
public sealed class PactHeaders
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>No headers.</summary>
    public static PactHeaders Empty { get; } = new();

    /// <summary>Every header name, as first written.</summary>
    public IEnumerable<string> Names => _values.Keys;

    internal void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }

        list.Add(value);
    }

    /// <summary>The first value of a header, or null.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var list) && list.Count > 0 ? list[0] : null;

    /// <summary>Whether the header is present.</summary>
    public bool Contains(string name) => _values.ContainsKey(name);
}
