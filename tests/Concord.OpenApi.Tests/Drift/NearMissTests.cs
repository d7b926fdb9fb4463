using Concord.OpenApi.Drift;

namespace Concord.OpenApi.Tests.Drift;

public sealed class NearMissTests
{
    [Theory]
    [InlineData("/api/mlflow/api/2.0/mlflow/runs/get", "/mlflow/api/2.0/mlflow/runs/get")]
    [InlineData("/mlflow/ajax-api/2.0/mlflow/runs/get", "/mlflow/api/2.0/mlflow/runs/get")]
    [InlineData("/ajax-api/2.0/mlflow/experiments/list", "/api/2.0/mlflow/experiments/list")]
    public void A_near_miss_finds_the_route_meant(string called, string meant)
    {
        string[] documented = ["/health", "/api/models", "/mlflow/api/2.0/mlflow/runs/get", "/api/2.0/mlflow/experiments/list"];

        Assert.Equal(meant, NearMiss.Suggest(called, documented));
    }

    [Fact]
    public void A_route_far_from_every_candidate_gets_no_suggestion()
    {
        Assert.Null(NearMiss.Suggest("/billing/invoices/42/lines", ["/health", "/api/models"]));
    }

    [Fact]
    public void Swapping_an_api_root_is_nearer_than_replacing_another_segment()
    {
        Assert.Equal("/api/2.0/runs", NearMiss.Suggest("/ajax-api/2.0/runs", ["/ajax-api/2.0/jobs", "/api/2.0/runs"]));
    }

    [Fact]
    public void Variants_drop_add_and_respell_an_api_root()
    {
        var variants = NearMiss.Variants("/api/mlflow/x").ToList();

        Assert.Contains("/mlflow/x", variants);
        Assert.Contains("/ajax-api/mlflow/x", variants);
        Assert.Contains("/api/api/mlflow/x", variants);
        Assert.Contains("/api/2.0/x", NearMiss.Variants("/ajax-api/2.0/x"));
    }
}

/// <summary>Ranking by how close the differing segments are, and silence when nothing is close.</summary>
public sealed class NearMissRankingTests
{
    [Theory]
    [InlineData("/order", "/orders")]
    [InlineData("/order/{id}", "/orders/{orderId}")]
    [InlineData("/orders/{id}/line", "/orders/{orderId}/lines")]
    [InlineData("/Orders", "/orders")]
    [InlineData("/v1/order", "/orders")]
    public void The_candidate_whose_differing_segment_is_spelt_closest_wins(string called, string meant)
    {
        string[] documented = ["/health", "/orders", "/orders/{orderId}", "/orders/{orderId}/lines", "/prices", "/weatherforecast"];

        Assert.Equal(meant, NearMiss.Suggest(called, documented));
    }

    [Theory]
    [InlineData("/order")]
    [InlineData("/billing")]
    [InlineData("/orders/{id}/refunds/{refundId}")]
    public void Nothing_is_suggested_when_nothing_is_close(string called)
    {
        Assert.Null(NearMiss.Suggest(called, ["/health", "/weatherforecast", "/prices"]));
    }

    [Fact]
    public void Close_means_at_most_half_the_segments_of_the_longer_path_and_at_most_two()
    {
        Assert.True(NearMiss.IsClose(NearMiss.Distance("/order", "/orders"), 1));
        Assert.False(NearMiss.IsClose(NearMiss.Distance("/order", "/health"), 1));
        Assert.True(NearMiss.IsClose(1, 2));
        Assert.False(NearMiss.IsClose(2.5, 10));
        Assert.Equal(0, NearMiss.Distance("/orders/{id}", "/orders/{orderId}"));
    }
}
