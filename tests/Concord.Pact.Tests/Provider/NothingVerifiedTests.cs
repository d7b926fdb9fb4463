using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Provider;

/// <summary>Verifying nothing is never a pass: each way of ending up with no interaction is an error that says what was looked for and found.</summary>
public sealed class NothingVerifiedTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private PactProviderHost _provider = null!;

    public async Task InitializeAsync() => _provider = await PactProviderHost.StartAsync(CatalogueProvider.Build);

    [Theory]
    [InlineData("3.0.0")]
    [InlineData("4.0")]
    public async Task A_pact_with_no_interactions_is_an_error(string version)
    {
        var path = WritePact("Shop-Catalogue.json", "Shop", "Catalogue", "\"interactions\":[]", version);

        var result = await Verifier().WithPactFile(path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        var problem = Assert.Single(result.Problems).Message;
        Assert.Contains("hold no interactions", problem);
        Assert.Contains("\"Shop\" -> \"Catalogue\" with 0 interaction(s) (Shop-Catalogue.json)", problem);
    }

    [Fact]
    public async Task A_pact_with_no_interactions_served_at_a_url_is_an_error_after_the_core_ran()
    {
        var pact = """
            {"consumer":{"name":"Shop"},"provider":{"name":"Catalogue"},"interactions":[],"metadata":{"pactSpecification":{"version":"4.0"}}}
            """;
        await using var server = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/pacts/empty", () => Results.Text(pact, "application/json"));
            return app;
        });

        var result = await Verifier().WithPactUrl(new Uri(server.BaseUri, "pacts/empty")).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Empty(result.Interactions);
        Assert.Contains(result.Problems, p => p.Message.StartsWith("Nothing was verified", StringComparison.Ordinal) && p.Message.Contains("pacts/empty", StringComparison.Ordinal));
        Assert.DoesNotContain("passed", result.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"messages_\":[]", "it has no \"interactions\" array (nor V3 \"messages\")")]
    [InlineData("\"interactions\":\"none\"", "\"interactions\" is string, not an array")]
    [InlineData("\"interactions\":null", "\"interactions\" is null, not an array")]
    [InlineData("\"interactions\":[42]", "\"interactions\"[0] is not an object")]
    public async Task Missing_or_malformed_interactions_are_an_error_naming_the_file(string interactions, string expected)
    {
        var path = WritePact("Shop-Catalogue.json", "Shop", "Catalogue", interactions, "4.0");

        var result = await Verifier().WithPactFile(path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal($"{path}: not a valid pact file: {expected}.", Assert.Single(result.Problems).Message);
        Assert.Equal(-1, result.CoreExitCode);
    }

    [Fact]
    public async Task An_empty_pact_folder_is_an_error()
    {
        var result = await Verifier().WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Equal(
            $"Nothing to verify: no pact for provider \"Catalogue\" in folder {_folder.Path}; found no pact files.",
            Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task A_provider_name_that_matches_no_pact_is_an_error_naming_the_pacts_found()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await new PactVerifier("Catalog").WithProvider(_provider.BaseUri).WithPactDirectory(_folder.Path).VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        var problem = Assert.Single(result.Problems).Message;
        Assert.Contains("no pact for provider \"Catalog\"", problem);
        Assert.Contains("found \"Shop\" -> \"Catalogue\" with 2 interaction(s) (Shop-Catalogue.json)", problem);
        Assert.StartsWith("Pact verification of Catalog: could not decide", result.ToString());
    }

    [Fact]
    public async Task A_consumer_filter_that_matches_no_pact_is_an_error()
    {
        await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await Verifier().WithPactDirectory(_folder.Path).ForConsumers("Warehouse").VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Contains("no pact of consumer \"Warehouse\" for provider \"Catalogue\"; found \"Shop\"", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public async Task Filters_that_match_no_interaction_are_an_error_naming_the_filters()
    {
        var pactFile = await CataloguePacts.ProductPactAsync(_folder.Path);

        var result = await Verifier().WithPactFile(pactFile).ForDescriptionsMatching("no such thing").ForStatesMatching("nor this").VerifyAsync();

        Assert.Equal(VerificationStatus.Error, result.Status);
        Assert.Empty(result.Interactions);
        var problem = result.Problems[0].Message;
        Assert.Contains("description /no such thing/ and provider state /nor this/", problem);
        Assert.Contains("\"Shop\" -> \"Catalogue\" with 2 interaction(s)", problem);
    }

    private string WritePact(string name, string consumer, string provider, string interactions, string version)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, $"{{\"consumer\":{{\"name\":\"{consumer}\"}},\"provider\":{{\"name\":\"{provider}\"}},{interactions},\"metadata\":{{\"pactSpecification\":{{\"version\":\"{version}\"}}}}}}");
        return path;
    }

    private PactVerifier Verifier() =>
        new PactVerifier(CataloguePacts.Provider).WithProvider(_provider.BaseUri).WithProviderStateUrl(_provider.ProviderStatesUri);

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}
