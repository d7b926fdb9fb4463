using Concord.Core.Findings;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Findings;
using Concord.Pact.Matchers;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Provider;
using Concord.Pact.Tests.Story;
using Concord.Pact.Tests.Support;
using Concord.Testing.PactBroker;

namespace Concord.Pact.Tests.Findings;

/// <summary>Each contract rule, firing on a real verification that should trip it and silent on one that should not.</summary>
public sealed class VerificationFindingsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task CORD100_names_the_interaction_and_the_provider_endpoint_when_the_response_differs()
    {
        var pactFile = await StoryPacts.WriteCorrectPactAsync(_folder.Path);

        var broken = (await VerifyAuthServiceAsync(pactFile, AuthService.KeySource.JsonBody)).ToFindings();
        var fixedOne = (await VerifyAuthServiceAsync(pactFile, AuthService.KeySource.BearerHeader)).ToFindings();

        var finding = Assert.Single(broken, f => f.RuleId == "CORD100" && ((PactLocation)f.Location).Interaction == "a valid API key is validated");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(Lens.Contract, finding.Lens);
        Assert.Equal(new PactLocation(pactFile, "a valid API key is validated", "ApiMiddleware", "AuthService"), finding.Location);
        var endpoint = Assert.IsType<EndpointLocation>(Assert.Single(finding.Related));
        Assert.Equal("POST", endpoint.Method);
        Assert.EndsWith("/api/v1/keys/validate", endpoint.Url);
        Assert.Contains("status:", finding.Message);
        Assert.Contains("200", finding.Message);
        Assert.Contains("401", finding.Message);
        Assert.Empty(fixedOne);
    }

    [Fact]
    public async Task CORD101_reports_an_interaction_whose_provider_state_failed()
    {
        await CataloguePacts.WriteAsync(_folder.Path, "Shop", pact => pact.UponReceiving("a product while the store is down")
            .Given("the product store is down")
            .WithRequest(HttpMethod.Get, "/products/1")
            .WillRespond()
            .WithStatus(503), "/products/1");
        await using var provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

        var findings = (await new PactVerifier(CataloguePacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(_folder.File("Shop-Catalogue.json"))
            .VerifyAsync()).ToFindings();

        var finding = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Equal("CORD101", finding.RuleId);
        Assert.StartsWith("Interaction \"a product while the store is down\" of Shop could not be verified against Catalogue", finding.Message);
    }

    [Fact]
    public async Task CORD102_warns_about_a_failing_pending_interaction_only()
    {
        var shop = await CataloguePacts.ProductPactAsync(_folder.Path, "Shop");
        await CataloguePacts.WriteAsync(_folder.Path, "Kiosk", pact => pact.UponReceiving("a product for the kiosk")
            .Given("a product exists", new { id = 42, name = "Teapot" })
            .WithRequest(HttpMethod.Get, "/products/42")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { name = Match.Integer(1) }), "/products/42");
        await using var provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);
        await using var broker = (await DocumentedPactBroker.StartAsync())
            .With(CataloguePacts.Provider, "Shop", "1", await File.ReadAllTextAsync(shop))
            .With(CataloguePacts.Provider, "Kiosk", "1", await File.ReadAllTextAsync(_folder.File("Kiosk-Catalogue.json")), pending: true);

        var findings = (await new PactVerifier(CataloguePacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithBroker(broker.BaseUri, new BrokerOptions { EnablePending = true })
            .VerifyAsync()).ToFindings();

        var finding = Assert.Single(findings);
        Assert.Equal("CORD102", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("a product for the kiosk", ((PactLocation)finding.Location).Interaction);
    }

    [Fact]
    public async Task CORD103_flags_a_pact_that_covers_no_success_response_and_not_one_that_does()
    {
        var rejectionsOnly = await StoryPacts.WriteRejectionsOnlyPactAsync(_folder.Path);
        using var other = new TemporaryFolder();
        var correct = await StoryPacts.WriteCorrectPactAsync(other.Path);

        var flagged = (await VerifyAuthServiceAsync(rejectionsOnly, AuthService.KeySource.JsonBody)).ToFindings();
        var clean = (await VerifyAuthServiceAsync(correct, AuthService.KeySource.BearerHeader)).ToFindings();

        var finding = Assert.Single(flagged);
        Assert.Equal("CORD103", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("covers no success response", finding.Message);
        Assert.Contains("valid request", finding.FixHint);
        Assert.Empty(clean);
    }

    [Fact]
    public async Task CORD104_points_at_the_bad_file_or_the_unreachable_provider()
    {
        var broken = _folder.File("broken.json");
        File.WriteAllText(broken, "not json");
        await using var provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);
        var unreachable = new Uri(provider.BaseUri, "/");

        var fileFinding = Assert.Single((await new PactVerifier("Catalogue").WithProvider(provider.BaseUri).WithPactFile(broken).VerifyAsync()).ToFindings());
        await provider.DisposeAsync();
        var hostFinding = Assert.Single((await new PactVerifier("Catalogue").WithProvider(unreachable).WithPactFile(await CataloguePacts.ProductPactAsync(_folder.Path)).VerifyAsync()).ToFindings());

        Assert.Equal("CORD104", fileFinding.RuleId);
        Assert.Equal(broken, ((PactLocation)fileFinding.Location).PactFile);
        Assert.Equal("CORD104", hostFinding.RuleId);
        Assert.Equal(unreachable.ToString(), ((EndpointLocation)hostFinding.Location).Url);
    }

    [Fact]
    public void Every_rule_id_is_in_the_contract_range_and_has_a_docs_page()
    {
        var ids = typeof(ContractRules).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var id in ids)
        {
            Assert.InRange(int.Parse(id[4..], System.Globalization.CultureInfo.InvariantCulture), 100, 199);
            var page = Path.Combine(RepositoryRoot(), "contracts", "docs", $"{id}.md");
            Assert.True(File.Exists(page), $"{id} has no docs page at {page}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {id} ", text);
            Assert.Contains("## What", text);
            Assert.Contains("## Why", text);
            Assert.Contains("## How to fix", text);
        }
    }

    private static async Task<VerificationResult> VerifyAuthServiceAsync(string pactFile, AuthService.KeySource source)
    {
        await using var provider = await PactProviderHost.StartAsync(builder => AuthService.Build(builder, source));
        return await new PactVerifier(AuthPacts.Provider)
            .WithProvider(provider.BaseUri)
            .WithProviderStateUrl(provider.ProviderStatesUri)
            .WithPactFile(pactFile)
            .VerifyAsync();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Contracts.sln not found above the test output.");
    }

    public void Dispose() => _folder.Dispose();
}
