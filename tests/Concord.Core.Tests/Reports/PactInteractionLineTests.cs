using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Core.Tests.Reports;

/// <summary>
/// A pact finding whose interaction's line is known points there in every format that can carry a line, so a
/// pull request's annotation lands on the interaction; a pact read from a URL, or one whose line is unknown, does not
/// pretend to have one.
/// </summary>
public sealed class PactInteractionLineTests
{
    private static readonly Finding s_onLine = new(
        "CORD101", Severity.Warning, Lens.Contract,
        "the request body does not fit POST /orders' schema",
        new PactLocation("/repo/pacts/shop-orders.json", "an order is placed", "shop", "orders", Line: 17));

    private static readonly Finding s_fromBroker = new(
        "CORD101", Severity.Warning, Lens.Contract,
        "the request body does not fit POST /orders' schema",
        new PactLocation("https://broker.example.test/pacts/provider/orders/consumer/shop/latest", "an order is placed", "shop", "orders", Line: 17));

    [Fact]
    public void The_text_location_names_the_file_and_line_of_the_interaction() =>
        Assert.Equal("/repo/pacts/shop-orders.json:17 » an order is placed", s_onLine.Location.Display);

    [Fact]
    public void Json_carries_the_line_and_null_when_unknown()
    {
        var writer = ReportWriters.Get("json");
        var withLine = Location(SampleFindings.Render(writer, [s_onLine]));
        var without = Location(SampleFindings.Render(writer, [s_onLine with { Location = new PactLocation("/repo/pacts/shop-orders.json", "an order is placed") }]));

        Assert.Equal(17, withLine.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, without.GetProperty("line").ValueKind);

        static JsonElement Location(string report) =>
            JsonDocument.Parse(report).RootElement.GetProperty("findings")[0].GetProperty("location").Clone();
    }

    [Fact]
    public void Sarif_annotates_the_interactions_line_in_the_pact_file()
    {
        var result = Result(SampleFindings.Render(ReportWriters.Get("sarif"), [s_onLine]));
        var location = result.GetProperty("locations")[0];

        Assert.Equal("pacts/shop-orders.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(17, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("an order is placed", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.False(result.TryGetProperty("analysisTarget", out _), "a finding with a line needs no analysis target");
    }

    [Fact]
    public void Sarif_gives_a_pact_read_from_a_url_no_physical_location()
    {
        var result = Result(SampleFindings.Render(ReportWriters.Get("sarif"), [s_fromBroker]));

        Assert.False(result.GetProperty("locations")[0].TryGetProperty("physicalLocation", out _));
        Assert.True(result.TryGetProperty("analysisTarget", out _));
    }

    [Fact]
    public void GitLab_places_the_entry_on_the_interactions_line()
    {
        var entry = JsonDocument.Parse(SampleFindings.Render(ReportWriters.Get("gitlab"), [s_onLine])).RootElement[0];

        Assert.Equal(17, entry.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    private static JsonElement Result(string sarif) =>
        JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results")[0].Clone();
}
