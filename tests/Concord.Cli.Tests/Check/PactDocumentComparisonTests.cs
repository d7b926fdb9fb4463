using Concord.Cli.Check;
using Concord.OpenApi.Loading;
using Concord.OpenApi.Drift;

namespace Concord.Cli.Tests.Check;

/// <summary>Check's pact-vs-document step: a pact whose provider has a document is compared; one whose provider has none is reported as not compared.</summary>
public sealed class PactDocumentComparisonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-pact-doc-").FullName;

    [Fact]
    public void A_pact_whose_provider_has_a_document_is_compared_and_gets_no_cord131()
    {
        var pacts = Pacts();
        var document = SpecLoader.LoadText("orders.json", """
            {"openapi":"3.0.3","info":{"title":"o","version":"1"},"paths":{"/orders":{"get":{"responses":{"200":{"description":"ok"}}}}}}
            """);
        var progress = new StringWriter();
        var edges = new EdgeChecks();

        var findings = PactDocumentComparison.Run(pacts, new Dictionary<string, SpecDocument> { ["Orders"] = document }, new Dictionary<string, ProviderApi>(), new Dictionary<string, string>(), new CheckProgress(progress), edges);

        Assert.Empty(findings);
        Assert.Contains("1 pact(s) compared with Orders's document", progress.ToString(), StringComparison.Ordinal);
        Assert.Equal("compare: 1 pact interaction compared with its document", Assert.Single(edges.Of("Shop", "Orders")));
    }

    [Fact]
    public void A_pact_whose_provider_has_no_document_is_one_info_finding_not_a_pass()
    {
        var pacts = Pacts();

        var edges = new EdgeChecks();

        var findings = PactDocumentComparison.Run(pacts, new Dictionary<string, SpecDocument>(), new Dictionary<string, ProviderApi>(), new Dictionary<string, string> { ["Orders"] = "/src/Orders/Orders.csproj" }, new CheckProgress(new StringWriter()), edges);

        var finding = Assert.Single(findings);
        Assert.Equal(("CORD131", Concord.Core.Findings.Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal(Path.Combine(_folder, "Shop-Orders.json"), Assert.IsType<Concord.Core.Findings.PactLocation>(finding.Location).PactFile);
        Assert.Equal("/src/Orders/Orders.csproj", Assert.IsType<Concord.Core.Findings.SourceLocation>(Assert.Single(finding.Related)).File);
        Assert.Empty(edges.Of("Shop", "Orders"));
    }

    private IReadOnlyList<PactFile> Pacts()
    {
        File.WriteAllText(Path.Combine(_folder, "Shop-Orders.json"), """
            {"consumer":{"name":"Shop"},"provider":{"name":"Orders"},
             "interactions":[{"description":"all orders","request":{"method":"GET","path":"/orders"},"response":{"status":200}}]}
            """);
        return PactFile.In(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
