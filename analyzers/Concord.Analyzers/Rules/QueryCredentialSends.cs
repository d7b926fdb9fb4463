using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD003's findings within one type, gathered while the compilation is analysed and reported when it ends: one
/// warning per credential and query parameter, at the first place it is sent, with every other place as an additional
/// location. A key read from one constant and sent from thirty calls is one thing for a maintainer to fix (seen on
/// real code: a film-catalogue client sent one key from 33 calls), so it is one warning that says how many places
/// share it. A place whose URL leaves its method by return or a property or field (<see cref="UrlExits"/>) counts only
/// when a send of the compilation reads it, which is known only at the end.
/// </summary>
internal sealed class QueryCredentialSends
{
    private readonly object _gate = new();
    private readonly Dictionary<SendKey, List<Place>> _sends = new();

    /// <summary>
    /// Records that <paramref name="described"/> is put in <paramref name="parameter"/> at <paramref name="at"/>; with
    /// <paramref name="sinks"/>, only if a send of the compilation reads one of them (see <see cref="UrlExits"/>).
    /// </summary>
    public void Add(Location at, string described, string parameter, string advice, IReadOnlyList<ISymbol>? sinks = null)
    {
        var key = new SendKey(described, parameter.ToLowerInvariant(), parameter, advice);
        lock (_gate)
        {
            if (!_sends.TryGetValue(key, out var places))
            {
                places = new List<Place>();
                _sends.Add(key, places);
            }

            places.Add(new Place(at, sinks));
        }
    }

    /// <summary>
    /// One diagnostic per credential and parameter, at the first place in source order; a place that waits on its
    /// sinks counts only when <paramref name="requested"/> says a send reads one of them.
    /// </summary>
    public void ReportTo(Action<Diagnostic> report, DiagnosticDescriptor rule, string typeName, RequestedUrls requested)
    {
        List<KeyValuePair<SendKey, List<Place>>> groups;
        lock (_gate)
        {
            groups = _sends.ToList();
        }

        foreach (var group in groups)
        {
            var places = group.Value
                .Where(place => place.Sinks is null || requested.IsRequested(place.Sinks))
                .Select(place => place.Location)
                .GroupBy(location => (location.SourceTree?.FilePath, location.SourceSpan))
                .Select(same => same.First())
                .OrderBy(location => location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(location => location.SourceSpan.Start)
                .ToList();
            if (places.Count == 0)
            {
                continue;
            }

            var others = places.Skip(1).ToList();
            var more = others.Count == 0 ? string.Empty : $" (and {others.Count} more in {typeName})";
            report(Diagnostic.Create(rule, places[0], others, group.Key.Described, group.Key.ParameterAsWritten, more, group.Key.Advice));
        }
    }

    private readonly struct Place
    {
        public Place(Location location, IReadOnlyList<ISymbol>? sinks)
        {
            Location = location;
            Sinks = sinks;
        }

        public Location Location { get; }

        public IReadOnlyList<ISymbol>? Sinks { get; }
    }

    private readonly struct SendKey : IEquatable<SendKey>
    {
        public SendKey(string described, string parameter, string parameterAsWritten, string advice)
        {
            Described = described;
            Parameter = parameter;
            ParameterAsWritten = parameterAsWritten;
            Advice = advice;
        }

        public string Described { get; }

        /// <summary>The parameter's name in lower case: <c>api_key</c> and <c>API_KEY</c> are one parameter.</summary>
        public string Parameter { get; }

        public string ParameterAsWritten { get; }

        public string Advice { get; }

        public bool Equals(SendKey other) =>
            Described == other.Described && Parameter == other.Parameter && Advice == other.Advice;

        public override bool Equals(object? obj) => obj is SendKey other && Equals(other);

        public override int GetHashCode() => unchecked((Described.GetHashCode() * 397) ^ (Parameter.GetHashCode() * 31) ^ Advice.GetHashCode());
    }
}
