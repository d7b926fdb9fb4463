using Concord.OpenApi.Drift;

namespace Concord.OpenApi.Tests.Drift;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("/models/{name}", "/models/fraud-detector", true)]
    [InlineData("/models/{name}", "/models/fraud-detector?version=2", true)]
    [InlineData("/models/{name}", "/models", false)]
    [InlineData("/models/{name}", "/models/a/b", false)]
    [InlineData("/models/{name}", "/Models/a", false)]
    public void A_template_matches_instances_segment_by_segment(string template, string path, bool matches)
    {
        Assert.Equal(matches, new RouteTemplate(template).Matches(path));
    }

    [Fact]
    public void A_probe_path_fills_every_parameter()
    {
        Assert.Equal("/models/p/versions/p", new RouteTemplate("/models/{name}/versions/{version}").Instantiate("p"));
    }

    [Theory]
    [InlineData(404, false, false, true)]
    [InlineData(404, true, false, true)]
    [InlineData(404, true, true, false)]
    [InlineData(405, true, true, true)]
    [InlineData(401, false, false, false)]
    [InlineData(400, true, false, false)]
    public void Only_an_unrouted_answer_means_the_route_is_not_served(int status, bool hasBody, bool notFoundDocumented, bool notServed)
    {
        var outcome = new ProbeOutcome("GET", new Uri("http://127.0.0.1:1/x"), status, hasBody);

        Assert.Equal(notServed, outcome.RouteNotServed(notFoundDocumented));
    }

    [Fact]
    public void Only_loopback_services_are_probed()
    {
        using var http = new HttpClient();

        var refused = Assert.Throws<ArgumentException>(() => new LiveProbe(http, new Uri("http://example.invalid/")));
        Assert.Contains("not a loopback address", refused.Message);
    }
}
