using Concord.OpenApi.Drift;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>Telling "not mapped" from "answered 404" by the live answer alone.</summary>
public sealed class RouteVerdictTests
{
    private static readonly Uri s_url = new("http://127.0.0.1:1/orders/7");
    private static readonly ProbeOutcome s_routingEmpty = new("GET", new Uri("http://127.0.0.1:1/concord-probe-unmapped/7c1e"), 404, false, null, null, "404  ");
    private static readonly ProbeOutcome s_routingProblem = new("GET", new Uri("http://127.0.0.1:1/concord-probe-unmapped/7c1e"), 404, true, "application/problem+json", null, "404 application/problem+json {\"title\":\"Not Found\"}");

    [Fact]
    public void A_404_answered_as_a_path_nobody_maps_is_not_mapped()
    {
        var verdict = RouteVerdict.Judge(new ProbeOutcome("GET", s_url, 404, true, "application/problem+json", null, s_routingProblem.Answer), s_routingProblem, notFoundDocumented: true);

        Assert.Equal(RouteState.NotMapped, verdict.State);
        Assert.Contains("exactly as a path nobody maps does (/concord-probe-unmapped/7c1e)", verdict.Evidence);
    }

    [Fact]
    public void A_404_answered_otherwise_than_a_path_nobody_maps_is_a_handler_s()
    {
        var handler = new ProbeOutcome("GET", s_url, 404, true, "application/problem+json", null, "404 application/problem+json {\"title\":\"No order 7\"}");

        var verdict = RouteVerdict.Judge(handler, s_routingProblem, notFoundDocumented: false);

        Assert.Equal(RouteState.Served, verdict.State);
        Assert.Contains("unlike a path nobody maps", verdict.Evidence);
    }

    [Theory]
    [InlineData(false, null, false, RouteState.NotMapped, "empty body, as routing answers")]
    [InlineData(true, "application/problem+json", false, RouteState.Served, "a handler's 404")]
    [InlineData(true, "text/html", false, RouteState.NotMapped, "a 404 the operation does not document")]
    [InlineData(true, "text/plain", true, RouteState.Served, "a handler's 404")]
    public void Without_a_path_nobody_maps_to_compare_with_the_body_is_the_evidence(bool hasBody, string? type, bool documented, RouteState state, string evidence)
    {
        var verdict = RouteVerdict.Judge(new ProbeOutcome("GET", s_url, 404, hasBody, type), null, documented);

        Assert.Equal(state, verdict.State);
        Assert.Contains(evidence, verdict.Evidence);
    }

    [Fact]
    public void A_405_is_a_path_mapped_for_other_methods_and_any_other_status_a_handler_s()
    {
        Assert.Equal(RouteState.OtherMethodsOnly, RouteVerdict.Judge(new ProbeOutcome("DELETE", s_url, 405, false, null, "GET"), s_routingEmpty, false).State);
        Assert.Equal(RouteState.Served, RouteVerdict.Judge(new ProbeOutcome("GET", s_url, 401, false), s_routingEmpty, false).State);
        Assert.Equal(RouteState.Served, RouteVerdict.Judge(new ProbeOutcome("GET", s_url, 400, true, "application/json"), s_routingEmpty, false).State);
    }
}
