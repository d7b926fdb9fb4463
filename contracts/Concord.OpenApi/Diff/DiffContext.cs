using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Concord.Core.Findings;
using Concord.OpenApi.Loading;
using Concord.OpenApi.Rules;

namespace Concord.OpenApi.Diff;

/// <summary>
/// Collects what a diff finds. The same change seen twice (a shared component reached in two
/// directions by rules that do not depend on direction) becomes one finding with both reaches merged.
/// </summary>
internal sealed class DiffContext
{
    private const int NamedOperations = 3;

    private readonly Dictionary<(string Rule, string Subject, string? Before, string? After), Pending> _pending = [];
    private readonly Regex[] _ignoredPaths;
    private readonly List<Finding> _readerWarnings = [];

    public DiffContext(SpecDocument baseDocument, SpecDocument revision, SpecDiffOptions options)
    {
        Base = baseDocument;
        Revision = revision;
        Options = options;
        _ignoredPaths = options.IgnoredPaths
            .Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking))
            .ToArray();
    }

    public SpecDocument Base { get; }

    public SpecDocument Revision { get; }

    public SpecDiffOptions Options { get; }

    public bool IsIgnored(OperationEntry operation) => IsIgnored(operation.Path.Raw);

    public bool IsIgnored(string rawPath) => _ignoredPaths.Any(p => p.IsMatch(rawPath));

    /// <summary>How many times <see cref="Report"/> was called, ignored and repeated changes included: "did comparing this find anything".</summary>
    public long ReportCalls { get; private set; }

    public void Report(SpecRule rule, string subject, string basePointer, string revisionPointer, string? before = null, string? after = null, Reach? reach = null)
    {
        ReportCalls++;
        if (Options.IgnoredRules.Contains(rule.Id))
        {
            return;
        }

        var key = (rule.Id, subject, before, after);
        if (!_pending.TryGetValue(key, out var pending))
        {
            pending = new Pending(rule, subject, before, after, basePointer, revisionPointer);
            _pending[key] = pending;
        }

        foreach (var reached in (reach ?? Reach.None).Operations)
        {
            pending.Reach.TryAdd(reached.Operation.Key, reached);
        }
    }

    /// <summary>
    /// Lists what the reader read past in each document, one finding per kind of complaint (a description
    /// with the same misplaced keyword on 300 parameters gets one line, not 300), at the first place.
    /// </summary>
    public void ReportReaderWarnings(SpecDocument document, string which)
    {
        var rule = SpecRules.ReaderWarning;
        if (Options.IgnoredRules.Contains(rule.Id))
        {
            return;
        }

        foreach (var group in document.Warnings.GroupBy(w => Reason(w.Message), StringComparer.Ordinal))
        {
            var first = group.First();
            var location = new SpecLocation(document.Name, first.Pointer.TrimStart('#'), first.Line, first.Column);
            var count = group.Count();
            var places = count == 1 ? $"at {location.Display}" : $"{count} places, first at {location.Display}";
            var message = $"{which} document: the OpenAPI reader read past: {group.Key} ({places})";
            _readerWarnings.Add(new Finding(rule.Id, rule.Severity, Lens.Spec, message, location));
        }
    }

    // The reader names the place at the end of its message ("... at #/parameters/x"); the place is the location.
    private static string Reason(string message)
    {
        var at = message.LastIndexOf(" at #", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    public IReadOnlyList<Finding> Findings() =>
        _pending.Values
            .Select(ToFinding)
            .Concat(_readerWarnings)
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => ((SpecLocation)f.Location).JsonPointer, StringComparer.Ordinal)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToArray();

    private Finding ToFinding(Pending pending)
    {
        var baseLocation = Base.Locate(pending.BasePointer);
        var revisionLocation = Revision.Locate(pending.RevisionPointer);
        var message = pending.Rule.Format(pending.Subject, pending.Before, pending.After, baseLocation, revisionLocation);
        var related = ImmutableArray.CreateBuilder<Location>();
        related.Add(baseLocation);
        if (pending.Reach.Count > 0)
        {
            var operations = pending.Reach.Values.ToArray();
            var named = string.Join(", ", operations.Take(NamedOperations).Select(o => o.Operation.Display));
            var more = operations.Length > NamedOperations ? $" and {operations.Length - NamedOperations} more" : string.Empty;
            message += $"; used by {operations.Length} operation{(operations.Length == 1 ? string.Empty : "s")}: {named}{more}";
            foreach (var (operation, inRevision) in operations)
            {
                related.Add((inRevision ? Revision : Base).Locate(operation.Pointer));
            }
        }

        return new Finding(pending.Rule.Id, pending.Rule.Severity, Lens.Spec, message, revisionLocation, related.ToImmutable(), pending.Rule.FixHint);
    }

    private sealed class Pending(SpecRule rule, string subject, string? before, string? after, string basePointer, string revisionPointer)
    {
        public SpecRule Rule { get; } = rule;

        public string Subject { get; } = subject;

        public string? Before { get; } = before;

        public string? After { get; } = after;

        public string BasePointer { get; } = basePointer;

        public string RevisionPointer { get; } = revisionPointer;

        public SortedDictionary<string, ReachedOperation> Reach { get; } = new(StringComparer.Ordinal);
    }
}
