using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Concord.Analyzers.Calls;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// JSON written by hand in a string: <c>$"{{\"api_key\":\"{key}\"}}"</c>, a raw interpolated string, or a concatenation,
/// written where it is used, in a local assigned once, or returned by a helper of the compilation
/// (<c>string MakeBody(…) =&gt; "{\"q\": \"" + q + "\", \"api_key\": \"" + key + "\"}"</c>). Each computed value that
/// stands right after a <c>"name":</c> is read as that member; a local put between members whose values are member
/// text (<c>keyPart = ", \"api_key\": \"" + key + "\""</c>, set in a branch) is read for its members too.
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
        if (Written(text, hops: 0) is not { } segments || !LooksLikeJsonObject(segments))
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
                if (segments.Segments[i].Value is not { } value)
                {
                    continue;
                }

                if (MemberBeforeValue.Match(before) is { Success: true } match)
                {
                    Add(match.Groups[1].Value, value, depth);
                }
                else if (!quoted && depth >= 1 && ValueOrigins.Unwrap(value) is ILocalReferenceOperation local)
                {
                    // ", \"api_key\": \"" + key + "\"" kept in a local and put between the object's members.
                    foreach (var piece in LocalValues.Of(local))
                    {
                        ReadPiece(piece, depth, Add);
                    }
                }
            }
        }

        return members.ToImmutable();

        void Add(string name, IOperation value, int at)
        {
            members.Add(new JsonBodyMember(name, null, value, ValueOrigins.Unwrap(value).Type, site));
            if (at == 1)
            {
                topLevel?.Add(name);
            }
        }
    }

    /// <summary>
    /// The text as written: the expression itself, what a local assigned once holds, or what a string helper of the
    /// compilation returns (its one returned value), followed a few steps.
    /// </summary>
    private static StringSegments? Written(IOperation text, int hops)
    {
        if (StringSegments.Of(text) is { } segments)
        {
            return segments;
        }

        if (hops >= MaxHops)
        {
            return null;
        }

        return ValueOrigins.Unwrap(text) switch
        {
            ILocalReferenceOperation local when SingleAssignments.ValueOf(local) is { } assigned => Written(assigned, hops + 1),
            IInvocationOperation helper when helper.Type?.SpecialType == SpecialType.System_String
                && SourceMethods.SingleReturnedValue(helper) is { } returned => Written(returned, hops + 1),
            _ => null,
        };
    }

    private const int MaxHops = 3;

    /// <summary>
    /// The members of a piece of member text a local holds: one that starts a member (<c>"</c>) or follows one
    /// (<c>,</c>), outside quotes, at the object's depth where it is put.
    /// </summary>
    private static void ReadPiece(IOperation piece, int depth, System.Action<string, IOperation, int> add)
    {
        if (StringSegments.Of(piece) is not { } segments || segments.Segments.Count < 2
            || segments.Segments[0].Text?.TrimStart() is not { Length: > 0 } first || (first[0] != ',' && first[0] != '"'))
        {
            return;
        }

        var quoted = false;
        for (var i = 1; i < segments.Segments.Count; i++)
        {
            if (segments.Segments[i - 1].Text is { } before)
            {
                depth += Nesting(before, ref quoted);
                if (segments.Segments[i].Value is { } value && MemberBeforeValue.Match(before) is { Success: true } match)
                {
                    add(match.Groups[1].Value, value, depth);
                }
            }
        }
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
