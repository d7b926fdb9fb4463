using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// A call of the compilation that goes to a provider with a document: the call, the headers it sends,
/// its path, the document, and the documented routes its path matches. What every spec-aware rule starts from.
/// </summary>
internal sealed class DocumentedCall
{
    private readonly System.Lazy<CallHeaders> _headers;

    public DocumentedCall(HttpCall call, System.Func<CallHeaders> headers, CallPath path, ProviderDocument document, IReadOnlyList<string> matches)
    {
        Call = call;
        _headers = new System.Lazy<CallHeaders>(headers);
        Path = path;
        Document = document;
        Matches = matches;
    }

    public HttpCall Call { get; }

    /// <summary>The headers the call sends: its own and its client's registration defaults.</summary>
    public CallHeaders Headers => _headers.Value;

    public CallPath Path { get; }

    public ProviderDocument Document { get; }

    /// <summary>The documented paths the call's path matches.</summary>
    public IReadOnlyList<string> Matches { get; }

    /// <summary>The documented operations of the call's method on a matching path (empty when the method is not known).</summary>
    public IReadOnlyList<DocumentedOperation> Operations =>
        Call.Method is { } method
            ? Document.Operations.All.Where(o => o.Method == method && Matches.Contains(o.Path)).ToList()
            : new List<DocumentedOperation>();
}
