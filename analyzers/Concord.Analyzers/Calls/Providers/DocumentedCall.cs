using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// A call of the compilation that goes to a provider with a document: the call, what a rule learnt about it,
/// its path, the document, and the documented routes its path matches. What every spec-aware rule starts from.
/// </summary>
internal sealed class DocumentedCall
{
    public DocumentedCall(HttpCall call, object? facts, CallPath path, ProviderDocument document, IReadOnlyList<string> matches)
    {
        Call = call;
        Facts = facts;
        Path = path;
        Document = document;
        Matches = matches;
    }

    public HttpCall Call { get; }

    /// <summary>What the rule's describe function returned for the call while its code was at hand.</summary>
    public object? Facts { get; }

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
