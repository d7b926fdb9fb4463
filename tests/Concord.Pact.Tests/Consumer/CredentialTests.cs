using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Secrets;
using Concord.Pact.Tests.Support;

namespace Concord.Pact.Tests.Consumer;

public sealed class CredentialTests : IDisposable
{
    // Shaped like the live key pasted into the seed report, but not it.
    private const string LiveLookingKey = "hk_live_Zq3T0yExampleNotARealKey000";

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task An_authorization_value_is_written_as_a_scheme_matcher_with_a_neutral_example()
    {
        var pact = new PactBuilder("Middleware", "Keys", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a key check")
            .WithRequest(HttpMethod.Get, "/me")
            .WithHeader("Authorization", "Bearer test-key-1234")
            .WillRespond()
            .WithStatus(200);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            client.DefaultRequestHeaders.Add("Authorization", "Bearer some-other-test-key");
            using var _ = await client.GetAsync("/me");
        });

        var text = File.ReadAllText(pact.PactFilePath);
        Assert.DoesNotContain("test-key-1234", text);
        var request = JsonNode.Parse(text)!["interactions"]![0]!["request"]!;
        Assert.Equal($"Bearer {CredentialRedaction.NeutralExample}", request["headers"]!["Authorization"]![0]!.GetValue<string>());
        Assert.Equal("Bearer \\S+", request["matchingRules"]!["header"]!["Authorization"]!["matchers"]![0]!["regex"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_credential_named_body_field_is_written_as_a_type_matcher_with_a_neutral_example()
    {
        var pact = new PactBuilder("Middleware", "Login", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a login")
            .WithRequest(HttpMethod.Post, "/login")
            .WithJsonBody(new { user = "ada", password = "correct horse", client = new { client_secret = "s3cr3t" } })
            .WillRespond()
            .WithStatus(204);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.PostAsJsonAsync("/login", new { user = "ada", password = "another", client = new { client_secret = "other" } });
        });

        var text = File.ReadAllText(pact.PactFilePath);
        Assert.DoesNotContain("correct horse", text);
        Assert.DoesNotContain("s3cr3t", text);
        var request = JsonNode.Parse(text)!["interactions"]![0]!["request"]!;
        Assert.Equal(CredentialRedaction.NeutralExample, request["body"]!["content"]!["password"]!.GetValue<string>());
        Assert.Equal("type", request["matchingRules"]!["body"]!["$.client.client_secret"]!["matchers"]![0]!["match"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pact_holding_a_live_looking_credential_fails_clearly_and_writes_nothing()
    {
        var pact = new PactBuilder("Middleware", "Notes", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a note")
            .WithRequest(HttpMethod.Post, "/notes")
            .WithJsonBody(new { text = $"use {LiveLookingKey} for now" })
            .WillRespond()
            .WithStatus(201);

        var thrown = await Assert.ThrowsAsync<LiveCredentialException>(() => pact.VerifyAsync(_ => Task.CompletedTask));

        Assert.Contains("interaction \"a note\", request body", thrown.Message);
        Assert.Contains("hk_live_", thrown.Message);
        Assert.DoesNotContain(LiveLookingKey, thrown.Message);
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task A_live_looking_credential_is_written_when_explicitly_allowed()
    {
        var pact = new PactBuilder("Middleware", "Fixtures", new PactOptions { PactDirectory = _folder.Path, AllowLiveCredentials = true });
        pact.UponReceiving("a fixture").WithRequest(HttpMethod.Get, $"/fixtures/{LiveLookingKey}").WillRespond().WithStatus(200);

        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync($"/fixtures/{LiveLookingKey}");
        });

        Assert.Contains(LiveLookingKey, File.ReadAllText(pact.PactFilePath));
    }

    [Fact]
    public async Task A_mismatched_credential_header_is_masked_in_the_report()
    {
        var pact = new PactBuilder("Middleware", "Masked", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("a key check").WithRequest(HttpMethod.Get, "/me").WithHeader("Authorization", "Bearer k").WillRespond().WithStatus(200);

        var thrown = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Token private-value-123");
            using var _ = await client.GetAsync("/me");
        }));

        Assert.Contains("header Authorization", thrown.Message);
        Assert.DoesNotContain("private-value-123", thrown.Message);
    }

    public void Dispose() => _folder.Dispose();
}
