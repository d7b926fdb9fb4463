using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Rules;

/// <summary>
/// CORD003's findings within one type, gathered while the type is analysed and reported when it ends: one warning
/// per credential and query parameter, at the first place it is sent, with every other place as an additional
/// location. A key read from one constant and sent from thirty calls is one thing for a maintainer to fix (seen on
/// real code: a film-catalogue client sent one key from 33 calls), so it is one warning that says how many places
/// share it. Grouping by type keeps the rule a per-type analysis, so it runs in the IDE as in the build.
/// </summary>
internal sealed class QueryCredentialSends
{
    private readonly object _gate = new();
    private readonly Dictionary<SendKey, List<Location>> _sends = new();

    /// <summary>Records that <paramref name="described"/> is sent in <paramref name="parameter"/> at <paramref name="at"/>.</summary>
    public void Add(Location at, string described, string parameter, string advice)
    {
        var key = new SendKey(described, parameter.ToLowerInvariant(), parameter, advice);
        lock (_gate)
        {
            if (!_sends.TryGetValue(key, out var places))
            {
                places = new List<Location>();
                _sends.Add(key, places);
            }

            places.Add(at);
        }
    }

    /// <summary>One diagnostic per credential and parameter, at the first place in source order.</summary>
    public void ReportTo(Action<Diagnostic> report, DiagnosticDescriptor rule, string typeName)
    {
        List<KeyValuePair<SendKey, List<Location>>> groups;
        lock (_gate)
        {
            groups = _sends.ToList();
        }

        foreach (var group in groups)
        {
            var places = group.Value
                .GroupBy(location => (location.SourceTree?.FilePath, location.SourceSpan))
                .Select(same => same.First())
                .OrderBy(location => location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(location => location.SourceSpan.Start)
                .ToList();
            var others = places.Skip(1).ToList();
            var more = others.Count == 0 ? string.Empty : $" (and {others.Count} more in {typeName})";
            report(Diagnostic.Create(rule, places[0], others, group.Key.Described, group.Key.ParameterAsWritten, more, group.Key.Advice));
        }
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
