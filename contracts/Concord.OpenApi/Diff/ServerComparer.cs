using System.Text.RegularExpressions;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>
/// The document's servers. Every operation's URL is server + path, so a base path that changes moves
/// every operation at once: that is breaking, not informational.
/// </summary>
internal sealed partial class ServerComparer(DiffContext context)
{
    private const string Subject = "servers";

    public void Compare()
    {
        var before = context.Base.Model.Servers ?? [];
        var after = context.Revision.Model.Servers ?? [];
        if (before.Count == 0 || after.Count == 0)
        {
            return;
        }

        var basePaths = before.Select(s => Split(s).Path).Distinct(StringComparer.Ordinal).ToArray();
        var revisionPaths = after.Select(s => Split(s).Path).Distinct(StringComparer.Ordinal).ToArray();
        var pathChanged = !basePaths.Intersect(revisionPaths, StringComparer.Ordinal).Any();
        if (pathChanged)
        {
            context.Report(SpecRules.ServerBasePathChanged, Subject, "#/servers", "#/servers", string.Join("', '", basePaths), string.Join("', '", revisionPaths));
        }

        var beforeUrls = before.Select(s => s.Url ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var afterUrls = after.Select(s => s.Url ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var removed = before.Where(s => !afterUrls.Contains(s.Url ?? string.Empty)).ToArray();
        var added = after.Where(s => !beforeUrls.Contains(s.Url ?? string.Empty)).ToArray();
        if (!pathChanged)
        {
            if (removed.Length == 1 && added.Length == 1 && Split(removed[0]).Path == Split(added[0]).Path)
            {
                context.Report(SpecRules.ServerHostChanged, Subject, "#/servers", "#/servers", removed[0].Url, added[0].Url);
            }
            else
            {
                foreach (var server in removed)
                {
                    context.Report(SpecRules.ServerRemoved, Subject, "#/servers", "#/servers", server.Url);
                }

                foreach (var server in added)
                {
                    context.Report(SpecRules.ServerAdded, Subject, "#/servers", "#/servers", null, server.Url);
                }
            }
        }

        for (var i = 0; i < before.Count; i++)
        {
            var j = after.ToList().FindIndex(s => string.Equals(s.Url, before[i].Url, StringComparison.Ordinal));
            if (j >= 0)
            {
                CompareVariables(before[i], after[j], $"#/servers/{i}", $"#/servers/{j}");
            }
        }
    }

    /// <summary>
    /// An operation or path item may name its own servers; when either version does, the base path the
    /// operation is really served under is compared for that operation.
    /// </summary>
    public void CompareOperation(OperationEntry before, OperationEntry after)
    {
        var ownBefore = Own(before);
        var ownAfter = Own(after);
        if (ownBefore is null && ownAfter is null)
        {
            return;
        }

        var basePaths = BasePaths(ownBefore ?? context.Base.Model.Servers);
        var revisionPaths = BasePaths(ownAfter ?? context.Revision.Model.Servers);
        if (basePaths.Length > 0 && revisionPaths.Length > 0 && !basePaths.Intersect(revisionPaths, StringComparer.Ordinal).Any())
        {
            context.Report(SpecRules.ServerBasePathChanged, after.Display, before.Pointer, after.Pointer, string.Join("', '", basePaths), string.Join("', '", revisionPaths));
        }
    }

    private static IList<OpenApiServer>? Own(OperationEntry operation) =>
        operation.Operation.Servers is { Count: > 0 } own ? own
        : operation.PathItem.Servers is { Count: > 0 } path ? path
        : null;

    private static string[] BasePaths(IList<OpenApiServer>? servers) =>
        (servers ?? []).Select(s => Split(s).Path).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private void CompareVariables(OpenApiServer before, OpenApiServer after, string bp, string rp)
    {
        foreach (var (name, was) in (before.Variables ?? new Dictionary<string, OpenApiServerVariable>()).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (after.Variables?.TryGetValue(name, out var now) != true || now is null)
            {
                continue;
            }

            var subject = $"server '{after.Url}' variable '{name}'";
            if (!string.Equals(was.Default, now.Default, StringComparison.Ordinal))
            {
                context.Report(SpecRules.ServerVariableDefaultChanged, subject, bp, rp, was.Default, now.Default);
            }

            foreach (var value in (was.Enum ?? []).Except(now.Enum ?? []).OrderBy(v => v, StringComparer.Ordinal))
            {
                if (now.Enum is { Count: > 0 })
                {
                    context.Report(SpecRules.ServerVariableValueRemoved, subject, bp, rp, value);
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<origin>[A-Za-z][A-Za-z0-9+.-]*://[^/]*)?(?<path>.*)$")]
    private static partial Regex UrlParts();

    /// <summary>The origin and base path of a server URL, with variables at their defaults.</summary>
    private static (string Origin, string Path) Split(OpenApiServer server)
    {
        var url = server.Url ?? string.Empty;
        foreach (var (name, variable) in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            url = url.Replace("{" + name + "}", variable.Default ?? string.Empty, StringComparison.Ordinal);
        }

        var match = UrlParts().Match(url);
        var path = match.Groups["path"].Value.TrimEnd('/');
        return (match.Groups["origin"].Value, path.Length == 0 ? "/" : path);
    }
}
