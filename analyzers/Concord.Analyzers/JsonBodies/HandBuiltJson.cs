using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// JSON written by hand in a string: <c>$"{{\"api_key\":\"{key}\"}}"</c>, a raw interpolated string, or a concatenation.
/// Each computed value that stands right after a <c>"name":</c> is read as that member.
/// </summary>
internal static class HandBuiltJson
{
    private static readonly Regex MemberBeforeValue = new("\"([A-Za-z0-9_\\-.$]{1,64})\"\\s*:\\s*\"?$", RegexOptions.CultureInvariant);

    /// <summary>The members whose values are holes, each located at <paramref name="site"/>; empty when the text is not a JSON object.</summary>
    public static ImmutableArray<JsonBodyMember> Members(IOperation text, Location site)
    {
        if (StringSegments.Of(text) is not { } segments || !LooksLikeJsonObject(segments))
        {
            return ImmutableArray<JsonBodyMember>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<JsonBodyMember>();
        for (var i = 1; i < segments.Segments.Count; i++)
        {
            if (segments.Segments[i].Value is { } value && segments.Segments[i - 1].Text is { } before
                && MemberBeforeValue.Match(before) is { Success: true } match)
            {
                members.Add(new JsonBodyMember(match.Groups[1].Value, null, value, ValueOrigins.Unwrap(value).Type, site));
            }
        }

        return members.ToImmutable();
    }

    private static bool LooksLikeJsonObject(StringSegments segments) =>
        segments.Segments.Count > 1 && segments.Segments[0].Text is { } first && first.TrimStart().StartsWith("{", System.StringComparison.Ordinal)
        && first.IndexOf('"') >= 0;
}
