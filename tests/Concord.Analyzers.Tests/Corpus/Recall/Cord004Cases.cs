using static Concord.Analyzers.Tests.Corpus.Recall.RecallCase;

namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>
/// CORD004 corpus: credentials written into source. Every value here is made up for the corpus, in the
/// published format of its provider, and is no one's key.
/// </summary>
internal static class Cord004Cases
{
    private const string Id = "CORD004";

    public static IEnumerable<RecallCase> All()
    {
        yield return Flag(Id, "payment live secret key", """
            public static class Keys { public const string Payments = "sk_live_51Hq8ZtLmP0vX7cR2nB4kD9sF1gJ6wY3"; }
            """);
        yield return Flag(Id, "source-host personal access token", """
            public static class Keys { public static readonly string Repo = "ghp_R4nd0mL00k1ngT0k3nF0rC0rpusXyZ12345"; }
            """);
        yield return Flag(Id, "cloud access key id", """
            public sealed class Storage { public string AccessKeyId { get; } = "AKIAQ7X2M4N8P6R3T5V9"; }
            """);
        yield return Flag(Id, "chat bot token", """
            public static class Chat { public const string BotToken = "xoxb-2048163077-4096327155-Zq8rT3vLmP0xC7nB2kD9sF1g"; }
            """);
        yield return Flag(Id, "maps key", """
            public static class Maps { public const string Key = "AIzaSyA7x2Q9m4N8p6R3t5V1w0Y2z4B6c8D0e2F"; }
            """);
        yield return Flag(Id, "credential-named member with a random value", """
            public sealed class Smtp { public string Password { get; set; } = "Vq7#pL2!xR9@mZ4s"; }
            """);
        yield return Flag(Id, "32-hex API key", """
            public sealed class FilmDb { private const string ApiKey = "3c9a17e0b5d24f68a1e7c03b9d5f2a84"; }
            """);
        yield return Flag(Id, "bot token inside a URL path", """
            public static class Telegramish
            {
                public const string Send = "https://api.messenger.example/bot123456789:AAH7xQ2m9Zr4Lp0Vc8Tn3Bk6Ds1Fg5Hj7Kl/sendMessage";
            }
            """);
        yield return Flag(Id, "key inside a literal URL query", """
            public static class Feeds { public const string Url = "https://news.example/api/latest?apikey=k29dj3kd0sl2mq8z7x1v"; }
            """);
        yield return Flag(Id, "mail provider key", """
            public static class Mail { public const string Key = "SG.Zq8rT3vLmP0xC7nB2kD9sA.F1gJ6wY3Hq8ZtLmP0vX7cR2nB4kD9sF1gJ6wY3Hq8Z"; }
            """);
        yield return Flag(Id, "constant used as a bearer token", """
            public sealed class Client(HttpClient http)
            {
                private const string Secret = "a8Fz02LkQm7Xw3Rt9Vb1Nc6Hy4Jd5Ps";
                public void Configure() => http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Secret);
            }
            """);
        yield return Flag(Id, "static readonly client secret", """
            public static class OAuth { public static readonly string ClientSecret = "p9XkQ2vL7mR4tZ8wB3nC6yH1jD5sF0gA"; }
            """);
        yield return Flag(Id, "key written as a key header's default value", """
            public sealed class Client(HttpClient http)
            {
                public void Configure() => http.DefaultRequestHeaders.Add("X-Api-Key", "Tq4Wm8Zr2Lp6Vx0Nc3Bk7Hs5Jd9Fg1Ya");
            }
            """);
        yield return Flag(Id, "bearer token in a declarative client's header line", """
            [Refit.Headers("Authorization: Bearer Hs5Jd9Fg1YaTq4Wm8Zr2Lp6Vx0Nc3Bk7")]
            public interface IWeatherApi { }

            namespace Refit { [System.AttributeUsage(System.AttributeTargets.Interface)] public sealed class HeadersAttribute(params string[] headers) : System.Attribute { } }
            """);

        yield return Quiet(Id, "placeholder", """
            public sealed class Settings { public string ApiKey { get; set; } = "YOUR_API_KEY"; }
            """);
        yield return Quiet(Id, "obvious dummy password", """
            public sealed class Settings { public string Password { get; set; } = "changeme"; }
            """);
        yield return Quiet(Id, "value read from configuration", """
            public sealed class Settings(IConfiguration configuration) { public string ApiKey => configuration["Payments:ApiKey"] ?? string.Empty; }
            """);
        yield return Quiet(Id, "feature flag slug", """
            public static class Flags { public const string Checkout = "enable-new-checkout-flow-2024"; }
            """);
        yield return Quiet(Id, "name of a header or setting", """
            public static class Names { public const string ApiKeyHeader = "X-Api-Key"; public const string TokenSetting = "Auth:AccessToken"; }
            """);
        yield return Quiet(Id, "random value of a header that is not a credential", """
            public sealed class Client(HttpClient http)
            {
                public void Configure() => http.DefaultRequestHeaders.Add("X-Correlation-Id", "Tq4Wm8Zr2Lp6Vx0Nc3Bk7Hs5Jd9Fg1Ya");
            }
            """);
        yield return Quiet(Id, "placeholder in an authorization header line", """
            public static class Headers { public const string Sample = "Authorization: Bearer <your-token-here>"; }
            """);
        yield return Quiet(Id, "identifier that is not a credential", """
            public static class Ids { public const string CorrelationId = "3f2b9c1e7d4a48b6a0c5e9f1d2b7a4c3"; }
            """);
    }
}
