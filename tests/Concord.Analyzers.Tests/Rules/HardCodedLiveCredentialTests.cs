using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

public sealed class HardCodedLiveCredentialTests
{
    // Assembled at run time so this file never holds a whole key-shaped literal.
    private static readonly string LiveKey = "hk" + "_live_" + "Q7f3Kp9ZtR2mW8xL5vB1nC4d";
    private static readonly string StripeKey = "sk" + "_live_" + "51Hq8Z2eXbN4kLm7PqR9sT3v";
    private static readonly string AwsKeyId = "AK" + "IA" + "Z3K7Q9M2P8R4T6W1";
    private static readonly string GitHubToken = "gh" + "p_" + "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY3zA5";
    private static readonly string SlackToken = "xo" + "xb-" + "1234567890-0987654321-AbCdEfGhIjKlMnOp";

    public static TheoryData<string, string> WellKnownFormats => new()
    {
        { LiveKey, "live API key" },
        { StripeKey, "Stripe live secret key" },
        { AwsKeyId, "AWS access key id" },
        { GitHubToken, "GitHub personal access token" },
        { SlackToken, "Slack bot token" },
    };

    [Theory]
    [MemberData(nameof(WellKnownFormats))]
    public Task Well_known_prefixes_fire_wherever_they_stand(string key, string described)
    {
        var source = $$"""
            class Client
            {
                string Header() => "Bearer " + {|#0:"{{key}}"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0)
            .WithArguments(described, Redacted(key)));
    }

    [Theory]
    [InlineData("const string ApiKey = {|#0:\"Zk29dJ3kd0sl2QpW8xY\"|};", "API key", "Zk29dJ3kd0sl2QpW8xY")]
    [InlineData("static readonly string ClientSecret = {|#0:\"p8Q2r7T1v5X9z3B6n0M4\"|};", "secret", "p8Q2r7T1v5X9z3B6n0M4")]
    [InlineData("string Token { get; } = {|#0:\"a9B8c7D6e5F4g3H2i1J0\"|};", "token", "a9B8c7D6e5F4g3H2i1J0")]
    [InlineData("void M() { var password = {|#0:\"Tr0ub4dor&3xyzQ9!k2\"|}; }", "password", "Tr0ub4dor&3xyzQ9!k2")]
    [InlineData("void M(System.Collections.Generic.Dictionary<string, string> c) { c[\"Auth:ApiKey\"] = {|#0:\"Zk29dJ3kd0sl2QpW8xY\"|}; }", "API key", "Zk29dJ3kd0sl2QpW8xY")]
    public Task Credential_named_targets_holding_random_strings_fire(string member, string described, string value)
    {
        var source = $$"""
            class Settings
            {
                {{member}}
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0).WithArguments(described, Redacted(value)));
    }

    [Fact]
    public void The_message_never_holds_more_than_a_third_of_the_secret()
    {
        var redacted = Redacted(LiveKey);
        Assert.DoesNotContain(LiveKey, redacted, StringComparison.Ordinal);
        Assert.True(redacted.Length - 1 <= LiveKey.Length / 3);
    }

    private static string Redacted(string value) => Concord.Analyzers.Credentials.SecretLikeness.Redact(value);

    [Fact]
    public Task Placeholders_names_and_ordinary_strings_do_not_fire()
    {
        var source = """
            class Settings
            {
                const string ApiKey = "YOUR_API_KEY_GOES_HERE";
                const string Token = "xxxxxxxxxxxxxxxxxxxxxxxx";
                const string Secret = "changeme-changeme-123";
                const string ApiKeyHeaderName = "X-Hokusai-API-Key-Name";
                const string ApiKeyConfigPath = "Authentication:ApiKey:Value1";
                const string Password = "correct horse battery staple 9";
                const string ConnectionString = "Server=db;User Id=sa;Password=Pa55word9";
                const string Prefix = "sk_live_";
                const string Sample = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";
                const string Documentation = "hk_live_YOUR_KEY_HERE_1234567890";
                const string CorrelationId = "a9B8c7D6e5F4g3H2i1J0";
                const string NextPageToken = "a9B8c7D6e5F4g3H2i1J0";
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task Test_fixtures_are_skipped_when_configured()
    {
        var test = Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>.Create(
            $$"""
            class Fixtures
            {
                const string ApiKey = "{{LiveKey}}";
            }
            """,
            "concord.skip_test_projects = true");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        return test.RunAsync();
    }
}
