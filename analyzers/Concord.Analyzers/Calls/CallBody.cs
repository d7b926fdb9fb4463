using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Concord.Analyzers.JsonBodies;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The JSON body a call sends, read by the one body reader (<see cref="JsonBodyReader"/>): its members, the names
/// at its top level, and whether the code shows all of them. A body built out of sight (a parameter, a stream,
/// a dictionary with computed keys) leaves <see cref="ShowsEveryMember"/> false, so a rule that needs the whole
/// body gives the call the benefit of the doubt.
/// </summary>
internal sealed class CallBody
{
    public static CallBody None { get; } = new(ImmutableArray<JsonBodyMember>.Empty, new HashSet<string>(), showsEveryMember: false);

    public CallBody(ImmutableArray<JsonBodyMember> members, IReadOnlyCollection<string> topLevelNames, bool showsEveryMember)
    {
        Members = members;
        TopLevelNames = topLevelNames;
        ShowsEveryMember = showsEveryMember;
    }

    /// <summary>Every member read, nested objects' included.</summary>
    public ImmutableArray<JsonBodyMember> Members { get; }

    /// <summary>The JSON names the body sets at its top level (written by the code or by the type's declaration).</summary>
    public IReadOnlyCollection<string> TopLevelNames { get; }

    public bool ShowsEveryMember { get; }

    /// <summary>The top-level members the code writes (not only the type declares), for rules that look for a credential sent.</summary>
    public IEnumerable<JsonBodyMember> Written => Members.Where(m => m.Origin == JsonBodyMemberOrigin.Written && TopLevelNames.Contains(m.Name));
}
