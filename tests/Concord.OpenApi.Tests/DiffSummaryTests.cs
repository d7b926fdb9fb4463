using Concord.OpenApi.Diff;
using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>The counts behind <c>concord diff --summary</c>: per level, per operation (shared changes once per user), per rule.</summary>
public sealed class DiffSummaryTests
{
    private const string Paths = """
        {"/users":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/User"}}}}}}},
         "/users/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
                               "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/User"}}}}}}},
         "/teams":{"delete":{"responses":{"204":{"description":"gone"}}}}}
        """;

    private const string UserWithName = """{"schemas":{"User":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}}}""";

    [Fact]
    public void A_shared_change_counts_once_in_total_and_once_for_each_operation_that_uses_it()
    {
        var before = Doc(Paths, UserWithName);
        var after = Doc(Paths.Replace("\"/teams\":{\"delete\":{\"responses\":{\"204\":{\"description\":\"gone\"}}}}", "\"/teams\":{}", StringComparison.Ordinal), """{"schemas":{"User":{"type":"object","properties":{"name":{"type":"string"}}}}}""")
            .Replace("\"version\":\"1\"", "\"version\":\"2\"", StringComparison.Ordinal);
        var findings = Compare(before, after);

        var summary = DiffSummary.Of(findings);

        Assert.Equal(findings.Count, summary.Total.Total);
        Assert.Equal(findings.Count(f => f.Severity == Concord.Core.Findings.Severity.Error), summary.Total.Breaking);
        var users = Assert.Single(summary.Operations, o => o.Display == "GET /users");
        var user = Assert.Single(summary.Operations, o => o.Display == "GET /users/{id}");
        Assert.Equal(users.Counts, user.Counts);
        Assert.True(users.Counts.Breaking >= 1, "the property that became optional in a response is breaking for both users");
        var removed = Assert.Single(summary.Operations, o => o.Display == "/teams");
        Assert.Equal(string.Empty, removed.Method);
        Assert.Equal(1, removed.Counts.Breaking);
        Assert.Equal(1, summary.Elsewhere.Info);
        Assert.Contains(summary.Rules, r => r.RuleId == "CORD200" && r.Count == 1);
        Assert.Equal(findings.Count, summary.Rules.Sum(r => r.Count));
    }

    [Fact]
    public void Operations_are_listed_most_affected_first_and_no_findings_count_nothing()
    {
        var empty = DiffSummary.Of([]);
        Assert.Equal(0, empty.Total.Total);
        Assert.Empty(empty.Operations);
        Assert.Empty(empty.Rules);

        var before = Doc("""{"/a":{"get":{"parameters":[{"name":"q","in":"query","schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}},"/b":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var after = Doc("""{"/a":{"get":{"parameters":[{"name":"q","in":"query","schema":{"type":"string"}},{"name":"r","in":"query","schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}},"/b":{"get":{"parameters":[{"name":"r","in":"query","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"ok"}}}}}""");

        var summary = DiffSummary.Of(Compare(before, after));

        Assert.Equal(["GET /b", "GET /a"], summary.Operations.Select(o => o.Display));
        Assert.Equal(1, summary.Operations[0].Counts.Breaking);
        Assert.Equal(0, summary.Operations[1].Counts.Breaking);
    }
}
