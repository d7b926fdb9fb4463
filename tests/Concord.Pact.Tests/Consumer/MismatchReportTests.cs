using System.Net.Http.Json;
using Concord.Pact.Consumer;
using Concord.Pact.Consumer.Mismatches;
using Concord.Pact.Matchers;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

public sealed class MismatchReportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Every_mismatch_unexpected_and_missing_request_is_reported_and_no_pact_is_written()
    {
        var pact = new PactBuilder("Gateway", "Orders", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("an order is placed")
            .WithRequest(HttpMethod.Post, "/orders")
            .WithHeader("X-Correlation-Id", Match.Uuid())
            .WithQuery("priority", Match.Integer(1))
            .WithJsonBody(new { sku = "TEA-1", quantity = Match.Integer(2) })
            .WillRespond()
            .WithStatus(201);
        pact.UponReceiving("orders are listed")
            .WithRequest(HttpMethod.Get, "/orders")
            .WillRespond()
            .WithStatus(200);

        var failure = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var placed = await client.PostAsJsonAsync("/orders?priority=high", new { sku = "TEA-2", quantity = 2.5 });
            using var stray = await client.GetAsync("/customers");
        }));

        var mismatched = Assert.Single(failure.Mismatches, m => m.Kind == MockServerMismatchKind.MismatchedRequest);
        Assert.Contains(mismatched.Details, d => d.Where == "header X-Correlation-Id" && d.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(mismatched.Details, d => d.Where == "query priority" && d.Actual == "high");
        Assert.Contains(mismatched.Details, d => d.Where == "body $.sku" && d.Actual == "\"TEA-2\"" && d.Expected == "\"TEA-1\"");
        Assert.Contains(mismatched.Details, d => d.Where == "body $.quantity");
        Assert.Contains(failure.Mismatches, m => m.Kind == MockServerMismatchKind.UnexpectedRequest && m.Path == "/customers");
        Assert.Contains(failure.Mismatches, m => m.Kind == MockServerMismatchKind.MissingRequest && m.Method == "GET" && m.Path == "/orders");

        Assert.Contains("POST /orders did not match its interaction", failure.Message);
        Assert.Contains("header X-Correlation-Id: Expected a header 'X-Correlation-Id' but was missing", failure.Message);
        Assert.Contains("body $.sku:", failure.Message);
        Assert.Contains("GET /customers was not expected", failure.Message);
        Assert.Contains("GET /orders was expected but never received", failure.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task The_core_log_goes_to_the_given_sink_when_a_test_fails()
    {
        var lines = new List<string>();
        var pact = new PactBuilder("Gateway", "Audit", new PactOptions { PactDirectory = _folder.Path, Log = lines.Add });
        pact.UponReceiving("an audit entry").WithRequest(HttpMethod.Put, "/audit").WillRespond().WithStatus(204);

        await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.DeleteAsync("/audit");
        }));

        Assert.Contains(lines, line => line.Contains("DELETE", StringComparison.Ordinal) && line.Contains("/audit", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
