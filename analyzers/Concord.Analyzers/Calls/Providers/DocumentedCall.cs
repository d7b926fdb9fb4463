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

    /// <summary>
    /// The documented operations of the call's method on a matching path (empty when the method is not known). Among
    /// them, a path whose literal segments meet more of the call's literal segments wins, as OpenAPI matches concrete
    /// paths before templated ones (and ASP.NET Core routing, once the method is chosen): <c>/items/search</c> is the
    /// search, not the item whose id is "search". A tie stays: the call may be either.
    /// </summary>
    public IReadOnlyList<DocumentedOperation> Operations
    {
        get
        {
            if (Call.Method is not { } method)
            {
                return new List<DocumentedOperation>();
            }

            var operations = Document.Operations.All.Where(o => o.Method == method && Matches.Contains(o.Path)).ToList();
            if (operations.Count < 2)
            {
                return operations;
            }

            var literal = operations.ToDictionary(o => o, o => RouteMatcher.LiteralAgreement(Path, o.Path, Document.Operations));
            var most = literal.Values.Max();
            return operations.Where(o => literal[o] == most).ToList();
        }
    }
}
