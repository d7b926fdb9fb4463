using System;
using System.Collections.Generic;
using System.Linq;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The headers a call sends, as far as its code shows them, read by <see cref="CallHeaderReader"/>. A Refit
/// <c>[HeaderCollection]</c> parameter may set any header: <see cref="MaySetAny"/> says so, and a rule asking whether
/// a header is missing gives the call the benefit of the doubt.
/// </summary>
internal sealed class CallHeaders
{
    public static CallHeaders None { get; } = new(Array.Empty<CallHeader>(), maySetAny: false);

    public CallHeaders(IReadOnlyList<CallHeader> headers, bool maySetAny)
    {
        Headers = headers;
        MaySetAny = maySetAny;
    }

    public IReadOnlyList<CallHeader> Headers { get; }

    /// <summary>True when a part of the call the model cannot read may set any header.</summary>
    public bool MaySetAny { get; }

    /// <summary>True when a header of this name is set (header names are case-insensitive).</summary>
    public bool Sets(string name) => Headers.Any(h => h.Is(name));

    /// <summary>The distinct names, in the order first set.</summary>
    public IEnumerable<string> Names => Headers.Select(h => h.Name).Distinct(StringComparer.OrdinalIgnoreCase);

    public CallHeaders With(CallHeaders other) =>
        other.Headers.Count == 0 && !other.MaySetAny ? this : new(Headers.Concat(other.Headers).ToList(), MaySetAny || other.MaySetAny);
}
