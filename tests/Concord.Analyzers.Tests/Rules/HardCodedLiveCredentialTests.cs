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

    // Key material cycled from a fixed alphabet: random-looking, free of placeholder words.
    private static string Material(int length, string alphabet = "aB3dE5fG7hJ9kL2mN4pQ6rS8tU0vW1xY") =>
        string.Concat(Enumerable.Range(0, length).Select(i => alphabet[(i * 7 + i / alphabet.Length) % alphabet.Length]));

    private static string Hex(int length) => Material(length, "0123456789abcdef");

    public static TheoryData<string, string> WellKnownFormats => new()
    {
        { LiveKey, "live API key" },
        { StripeKey, "Stripe live secret key" },
        { "rk" + "_live_" + Material(24), "Stripe live restricted key" },
        { "wh" + "sec_" + Material(32), "Stripe webhook signing secret" },
        { AwsKeyId, "AWS access key id" },
        { "AS" + "IA" + Material(16, "ABCDEFGHJKLMNPQRSTUVWXYZ234567"), "AWS temporary access key id" },
        { GitHubToken, "GitHub personal access token" },
        { "gh" + "o_" + Material(36), "GitHub OAuth token" },
        { "gh" + "s_" + Material(36), "GitHub server-to-server token" },
        { "github" + "_pat_" + Material(60), "GitHub fine-grained token" },
        { "gl" + "pat-" + Material(20), "GitLab personal access token" },
        { SlackToken, "Slack bot token" },
        { "xo" + "xp-" + Material(40), "Slack user token" },
        { "xa" + "pp-" + Material(40), "Slack app-level token" },
        { "sk" + "-proj-" + Material(48), "OpenAI project key" },
        { "sk" + "-" + Material(48), "OpenAI API key" },
        { "sk" + "-ant-" + Material(48), "Anthropic API key" },
        { "AI" + "za" + Material(35), "Google API key" },
        { "GO" + "CSPX-" + Material(28), "Google OAuth client secret" },
        { "np" + "m_" + Material(36), "npm access token" },
        { "SG" + "." + Material(22) + "." + Material(43), "SendGrid API key" },
        { "hf" + "_" + Material(34), "Hugging Face token" },
        { "sh" + "pat_" + Hex(32), "Shopify access token" },
        { "do" + "p_v1_" + Hex(64), "DigitalOcean token" },
        { "gs" + "k_" + Material(52), "Groq API key" },
        { "r8" + "_" + Material(37), "Replicate API token" },
        { "PM" + "AK-" + Hex(24) + "-" + Hex(34), "Postman API key" },
        { "lin" + "_api_" + Material(40), "Linear API key" },
        { "sq" + "0atp-" + Material(22), "Square access token" },
        { "nt" + "n_" + Material(46), "Notion integration token" },
        { "-----BEGIN " + "RSA PRIVATE KEY----- MIIEow" + Material(40), "RSA private key" },
        { "https://api.telegram.org/bot" + "123456789:AA" + Material(33) + "/sendMessage", "Telegram bot token" },
        { "https://hooks.slack.com/services/" + "T0ABC1DEF/B0GHI2JKL/" + Material(24), "Slack webhook URL" },
        { "https://discord.com/api/webhooks/" + "123456789012345678/" + Material(68), "Discord webhook URL" },
        { "DefaultEndpointsProtocol=https;AccountName=orders;" + "AccountKey=" + Material(86) + "==", "Azure storage account key" },
        { "ke" + "y-" + Hex(32), "Mailgun API key" },
        { Hex(32) + "-us21", "Mailchimp API key" },
        { "SK" + Hex(32), "Twilio API key" },
        { DiscordBotToken, "Discord bot token" },
    };

    // A bot's user id (18 digits) in base64, a timestamp and an HMAC, as Discord issues them; made up here.
    private static readonly string DiscordBotToken =
        Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("812345678901234567")) + "." + Material(6) + "." + Material(27);

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

    [Fact]
    public Task A_dotted_string_shaped_like_a_discord_token_whose_first_part_is_no_user_id_does_not_fire()
    {
        // Same shape, but the first part decodes to letters and digits, not a user id: a build stamp, a cache key.
        var notAnId = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("1a2b3c4d5e6f7g8h9i")) + "." + Material(6) + "." + Material(27);
        var source = $$"""
            class Build
            {
                const string Stamp = "{{notAnId}}";
                string Header() => "Bearer " + {|#0:"{{DiscordBotToken}}"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("Discord bot token", Redacted(DiscordBotToken)));
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
                const string PM27086_UpdateAuthenticationApisForInputPassword = "pm-27086-update-authentication-apis-for-input-password";
                const string DeviceAuthKey = "pm-27581-device-auth-key";
                const string Sample = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx";
                const string Documentation = "hk_live_YOUR_KEY_HERE_1234567890";
                const string CorrelationId = "a9B8c7D6e5F4g3H2i1J0";
                const string NextPageToken = "a9B8c7D6e5F4g3H2i1J0";
            }
            """;
        return Verify.VerifyAsync(source);
    }

    // Assembled at run time, like the keys above: short passwords drawn at random, one with an '@' in it.
    private static readonly string ShortPassword = "Xk9#" + "mP2qL7";
    private static readonly string PasswordWithAt = "Vq7#pL2!" + "xR9@mZ4s";

    [Fact]
    public Task Short_random_passwords_under_a_password_name_fire()
    {
        var source = $$"""
            class Smtp
            {
                public string Password { get; set; } = {|#0:"{{ShortPassword}}"|};
                const string DbPassword = {|#1:"{{PasswordWithAt}}"|};
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("password", Redacted(ShortPassword)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("password", Redacted(PasswordWithAt)));
    }

    [Fact]
    public Task Short_values_that_are_not_random_passwords_do_not_fire()
    {
        var source = $$"""
            class Settings
            {
                // Dummy words with symbols swapped in, templates, patterns, addresses, character runs, too few kinds of character.
                const string Password = "P@ssw0rd!";
                // Seen on real code: the demo users of a sample app are seeded with a word-and-digits password.
                const string SeedPassword = "Pass987$";
                const string AdminPassword = "Adm1n#2024";
                const string DbPassword = "${DB_PASSWORD}";
                const string PasswordPattern = "^[A-Za-z0-9]{8,}$";
                const string PasswordSender = "it@mail.example";
                const string SmtpPassword = "Abcd1234!";
                const string Pwd = "h7k2m9q4";
                const string Passcode = "%SMTP_PASS%";
                // A random-looking short value under a name that is not a password.
                const string Greeting = "{{ShortPassword}}";
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

    [Fact]
    public Task Keys_inside_literal_urls_constants_used_as_credentials_and_hex_keys_fire()
    {
        var hex = Hex(32);
        var source = $$"""
            class Client
            {
                const string Default = "{{hex}}";
                string A() => {|#0:"https://movies.example/3/search?query=x&api_key={{hex}}"|};
                string B(string q) => $"https://movies.example/3/search?query={q}&api_key={ {|#1:Default|} }";
                string C() => "https://maps.example/geo?apikey=" + {|#2:Default|};
                void D() { var apiKey = {|#3:"{{hex}}"|}; }
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("API key in a URL", Redacted(hex)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("API key", Redacted(hex)),
            Verify.Diagnostic("CORD004").WithLocation(2).WithArguments("API key", Redacted(hex)),
            Verify.Diagnostic("CORD004").WithLocation(3).WithArguments("API key", Redacted(hex)));
    }
}
