using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Matchers;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

/// <summary>Each matcher, written as integration JSON and enforced by the real mock server: one value it accepts, one it rejects.</summary>
public sealed class MatcherTests : IDisposable
{
    private static readonly Dictionary<string, (Matcher Matcher, string Accepted, string Rejected)> Cases = new()
    {
        ["type"] = (Match.Type("abc"), "\"xyz\"", "5"),
        ["regex"] = (Match.Regex("[a-z]+-[0-9]+", "ab-1"), "\"zz-42\"", "\"ZZ-42\""),
        ["integer"] = (Match.Integer(7), "12", "7.5"),
        ["decimal"] = (Match.Decimal(7.25), "0.5", "\"0.5\""),
        ["number"] = (Match.Number(7), "3.5", "\"3\""),
        ["boolean"] = (Match.Boolean(true), "false", "\"yes\""),
        ["null"] = (Match.Null(), "null", "0"),
        ["date"] = (Match.Date("yyyy-MM-dd", "2024-01-31"), "\"2025-12-01\"", "\"01/12/2025\""),
        ["time"] = (Match.Time("HH:mm:ss", "10:00:00"), "\"23:59:01\"", "\"11pm\""),
        ["datetime"] = (Match.DateTime("yyyy-MM-dd'T'HH:mm:ss", "2024-01-31T10:00:00"), "\"2025-01-01T00:00:00\"", "\"2025-01-01\""),
        ["include"] = (Match.Include("needle"), "\"a needle in hay\"", "\"hay\""),
        ["equality"] = (Match.Equality("exact"), "\"exact\"", "\"Exact\""),
        ["each-like"] = (Match.EachLike(new { a = Match.Integer(1) }), "[{\"a\":1},{\"a\":2}]", "[{\"a\":\"x\"}]"),
        ["each-like-min"] = (Match.EachLike(Match.Integer(1), min: 2), "[1,2,3]", "[1]"),
        ["max-type"] = (Match.MaxType(new[] { 1 }, 2), "[4,5]", "[4,5,6]"),
        ["each-key"] = (Match.EachKey(new { ab = 1 }, Match.Regex("[a-z]+", "ab")), "{\"x\":1,\"yz\":2}", "{\"X1\":1}"),
        ["each-value"] = (Match.EachValue(new { a = "x" }, Match.Type("x")), "{\"q\":\"r\",\"s\":\"t\"}", "{\"q\":1}"),
        ["array-contains"] = (Match.ArrayContaining(new { kind = "a" }, new { kind = "b" }), "[{\"kind\":\"b\"},{\"kind\":\"c\"},{\"kind\":\"a\"}]", "[{\"kind\":\"a\"}]"),
        ["not-empty"] = (Match.NotEmpty("x"), "\"y\"", "\"\""),
        ["semver"] = (Match.Semver("1.2.3"), "\"2.10.3\"", "\"2.10\""),
        ["content-type"] = (Match.ContentType("application/json"), "\"{\\\"a\\\":1}\"", "\"<html></html>\""),
    };

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> Names() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_mock_server_accepts_a_conforming_value(string name) =>
        Assert.Null(await MismatchFor(name, Cases[name].Accepted));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_mock_server_rejects_a_violating_value(string name) =>
        Assert.NotNull(await MismatchFor(name, Cases[name].Rejected));

    [Fact]
    public void An_example_that_does_not_match_its_own_regex_is_refused_where_it_is_written()
    {
        var thrown = Assert.Throws<ArgumentException>(() => Match.Regex("[0-9]+", "abc"));
        Assert.Contains("the example \"abc\" (second argument) does not match the regex /[0-9]+/ (first argument)", thrown.Message);
    }

    [Fact]
    public async Task A_generator_replaces_the_example_in_the_mock_servers_response()
    {
        var pact = new PactBuilder("MatcherConsumer", "GeneratorProvider", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a ticket")
            .WithRequest(HttpMethod.Get, "/ticket")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { number = Match.Integer(5).WithGenerator(Generator.RandomInt(1000, 2000)), id = Match.Uuid() });

        JsonObject? body = null;
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            body = await client.GetFromJsonAsync<JsonObject>("/ticket");
        });

        Assert.InRange(body!["number"]!.GetValue<int>(), 1000, 2000);
        Assert.NotEqual("5f4c7a4e-8a3f-4b9e-9d3e-2b1c0a6f7e21", body["id"]!.GetValue<string>());
        Assert.True(Guid.TryParse(body["id"]!.GetValue<string>(), out _));
    }

    [Fact]
    public async Task A_status_class_is_written_as_a_V4_status_code_rule_and_served_as_its_example()
    {
        var pact = new PactBuilder("MatcherConsumer", "StatusProvider", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a rejected key")
            .WithRequest(HttpMethod.Get, "/whoami")
            .WillRespond()
            .WithStatus(Match.StatusCode(HttpStatusClass.ClientError, 401));

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var response = await client.GetAsync("/whoami");
            Assert.Equal(401, (int)response.StatusCode);
        });

        var rule = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["interactions"]![0]!["response"]!["matchingRules"]!["status"]!["$"]!["matchers"]![0]!;
        Assert.Equal("statusCode", rule["match"]!.GetValue<string>());
        Assert.Equal("clientError", rule["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Matchers_work_in_paths_headers_and_query_parameters()
    {
        var pact = new PactBuilder("MatcherConsumer", "PathProvider", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a user by id")
            .WithRequest(HttpMethod.Get, Match.Regex("/users/[0-9]+", "/users/1"))
            .WithQuery("page", Match.Integer(1))
            .WithHeader("X-Trace", Match.Regex("[a-f0-9]{8}", "0badf00d"))
            .WillRespond()
            .WithStatus(204);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/users/981?page=7");
            request.Headers.Add("X-Trace", "12345678");
            using var response = await client.SendAsync(request);
            Assert.Equal(204, (int)response.StatusCode);
        });
    }

    /// <summary>Posts <paramref name="json"/> as the value of <c>v</c> against a pact whose <c>v</c> is the named matcher; null when it matched.</summary>
    private async Task<string?> MismatchFor(string name, string json)
    {
        var pact = new PactBuilder("MatcherConsumer", $"MatcherProvider-{name}", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving($"a value for the {name} matcher")
            .WithRequest(HttpMethod.Post, "/values")
            .WithJsonBody(new { v = Cases[name].Matcher })
            .WillRespond()
            .WithStatus(204);
        try
        {
            await pact.VerifyAsync(async context =>
            {
                using var client = new HttpClient { BaseAddress = context.BaseUri };
                using var content = new StringContent($"{{\"v\":{json}}}", Encoding.UTF8, "application/json");
                using var _ = await client.PostAsync("/values", content);
            });
            return null;
        }
        catch (PactMismatchException mismatch)
        {
            return mismatch.Message;
        }
    }

    public void Dispose() => _folder.Dispose();
}
