using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Concord.Analyzers.Calls;
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
    public static ImmutableArray<JsonBodyMember> Members(IOperation text, Location site) => Read(text, site, topLevel: null);

    /// <summary>
    /// The body as the call model gives it to every rule: the computed members, with the names of those at the
    /// object's top level. Literal members are not read, so the body never shows every member.
    /// </summary>
    public static CallBody Body(IOperation text)
    {
        var topLevel = new HashSet<string>(System.StringComparer.Ordinal);
        var members = Read(text, text.Syntax.GetLocation(), topLevel);
        return members.IsEmpty ? CallBody.None : new CallBody(members, topLevel, showsEveryMember: false);
    }

    private static ImmutableArray<JsonBodyMember> Read(IOperation text, Location site, HashSet<string>? topLevel)
    {
        if (StringSegments.Of(text) is not { } segments || !LooksLikeJsonObject(segments))
        {
            return ImmutableArray<JsonBodyMember>.Empty;
        }

        var members = ImmutableArray.CreateBuilder<JsonBodyMember>();
        var depth = 0;
        var quoted = false;
        for (var i = 1; i < segments.Segments.Count; i++)
        {
            if (segments.Segments[i - 1].Text is { } before)
            {
                depth += Nesting(before, ref quoted);
                if (segments.Segments[i].Value is { } value && MemberBeforeValue.Match(before) is { Success: true } match)
                {
                    members.Add(new JsonBodyMember(match.Groups[1].Value, null, value, ValueOrigins.Unwrap(value).Type, site));
                    if (depth == 1)
                    {
                        topLevel?.Add(match.Groups[1].Value);
                    }
                }
            }
        }

        return members.ToImmutable();
    }

    /// <summary>
    /// How many objects and arrays a piece of JSON text opens, less those it closes, outside quoted strings. A hole
    /// inside quotes (<c>"api_key":"{key}"</c>) leaves the next piece starting inside them: the state carries over.
    /// </summary>
    private static int Nesting(string text, ref bool quoted)
    {
        var change = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '{' or '[')
            {
                change++;
            }
            else if (!quoted && c is '}' or ']')
            {
                change--;
            }
        }

        return change;
    }

    private static bool LooksLikeJsonObject(StringSegments segments) =>
        segments.Segments.Count > 1 && segments.Segments[0].Text is { } first && first.TrimStart().StartsWith("{", System.StringComparison.Ordinal)
        && first.IndexOf('"') >= 0;
}
