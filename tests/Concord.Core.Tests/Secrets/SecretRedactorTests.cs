using Concord.Core.Secrets;

namespace Concord.Core.Tests.Secrets;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("key sk_live_51HxYzAbCdEfGhIjKlMnOp here", "key sk_live_[REDACTED] here")]
    [InlineData("X-Hokusai-API-Key: hk_live_abcdef1234567890", "X-Hokusai-API-Key: hk_live_[REDACTED]")]
    [InlineData("X-API-Key: 0123456789abcdef", "X-API-Key: [REDACTED]")]
    [InlineData("hk_live_abcdef1234567890", "hk_live_[REDACTED]")]
    [InlineData("rk_test_0123456789abcdef", "rk_test_[REDACTED]")]
    [InlineData("token ghp_0123456789abcdefghijABCDEFGHIJ012345", "token ghp_[REDACTED]")]
    [InlineData("github_pat_11ABCDEFG0123456789_abcdefghijklmnop", "github_pat_[REDACTED]")]
    [InlineData("aws AKIAIOSFODNN7EXAMPLE", "aws AKIA[REDACTED]")]
    [InlineData("slack xoxb-123456789012-abcdefghijkl", "slack xoxb-[REDACTED]")]
    [InlineData("Authorization: Bearer abc123def456ghi789", "Authorization: Bearer [REDACTED]")]
    [InlineData("authorization: bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "authorization: bearer eyJ[REDACTED]")]
    [InlineData("Authorization: Token 9f8e7d6c5b4a39281706", "Authorization: Token [REDACTED]")]
    [InlineData("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "jwt eyJ[REDACTED]")]
    [InlineData("Basic dXNlcjpwYXNzd29yZDEyMw==", "Basic [REDACTED]")]
    [InlineData("GET https://h.example.test/x?api_key=abc123&page=2", "GET https://h.example.test/x?api_key=[REDACTED]&page=2")]
    [InlineData("https://h.example.test/x?page=1&access_token=zzz#frag", "https://h.example.test/x?page=1&access_token=[REDACTED]#frag")]
    [InlineData("config apikey=s3cr3t in the env", "config apikey=[REDACTED] in the env")]
    [InlineData("https://admin:hunter2@db.example.test/x", "https://admin:[REDACTED]@db.example.test/x")]
    // A value that holds another credential is still a credential: masking the inner one must not save the outer.
    [InlineData("Api-Key: V3k7cLmKZ?password=3U5Dwj", "Api-Key: [REDACTED]")]
    [InlineData("X-Auth-Token: RhF73HSuMa%2Fghp_4jZLdmYojuKbe8SHXZoIZR4lt8x", "X-Auth-Token: [REDACTED]")]
    [InlineData("client_secret=N4XZLQZ5l5Uj%2Frk_prod_jczTw8JFs0ivib", "client_secret=[REDACTED]")]
    public void Masks_the_credential_and_keeps_its_shape(string text, string expected) =>
        Assert.Equal(expected, SecretRedactor.Redact(text));

    [Theory]
    [InlineData("Xsk_live_51HxYzAbCdEfGhIjKlMnOp", "Xsk_live_[REDACTED]")]
    [InlineData("key=Xhk_live_abcdef1234567890 end", "key=Xhk_live_[REDACTED] end")]
    [InlineData("/paths/~1keys~1sk_live_51HxYzAbCdEfGhIjKlMnOp/get", "/paths/~1keys~1sk_live_[REDACTED]/get")]
    [InlineData("%2Fkeys%2Fsk_live_51HxYzAbCdEfGhIjKlMnOp", "%2Fkeys%2Fsk_live_[REDACTED]")]
    [InlineData("my_sk_live_51HxYzAbCdEfGhIjKlMnOp", "my_sk_live_[REDACTED]")]
    [InlineData("Xghp_0123456789abcdefghijABCDEFGHIJ012345", "Xghp_[REDACTED]")]
    [InlineData("Xgithub_pat_11ABCDEFG0123456789_abcdefghijklmnop", "Xgithub_pat_[REDACTED]")]
    [InlineData("keyAKIAIOSFODNN7EXAMPLE", "keyAKIA[REDACTED]")]
    [InlineData("tokxoxb-123456789012-abcdefghijkl", "tokxoxb-[REDACTED]")]
    [InlineData("jwt=XeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "jwt=XeyJ[REDACTED]")]
    public void Masks_a_key_glued_to_a_word_character(string text, string expected)
    {
        Assert.True(SecretRedactor.ContainsSecret(text));
        Assert.Equal(expected, SecretRedactor.Redact(text));
        Assert.Equal(expected, SecretRedactor.Redact(expected));
    }

    [Theory]
    [InlineData("The auth service reads the key from the Authorization: Bearer header.")]
    [InlineData("Use Bearer authentication instead of an X-API-Key header.")]
    [InlineData("GET /api/mlflow/{path} was removed; clients that call it will get 404.")]
    [InlineData("sk_live_ alone is only a prefix")]
    [InlineData("the api_key parameter is required")]
    [InlineData("#/components/securitySchemes/ApiKeyAuth")]
    [InlineData("https://h.example.test/x?page=2&sort=name")]
    public void Leaves_prose_about_credentials_alone(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
        Assert.False(SecretRedactor.ContainsSecret(text));
    }

    [Theory]
    [InlineData("Bearer sk_live_51HxYzAbCdEfGhIjKlMnOp and X-API-Key: hk_live_abcdef1234567890 at https://u:p4ss@h.example.test/?token=t0k3n")]
    [InlineData("AKIAIOSFODNN7EXAMPLE xoxb-123456789012-abcdefghijkl")]
    public void Is_idempotent(string text)
    {
        var once = SecretRedactor.Redact(text);
        Assert.Equal(once, SecretRedactor.Redact(once));
        Assert.False(SecretRedactor.ContainsSecret(once));
        Assert.True(SecretRedactor.ContainsSecret(text));
    }

    [Fact]
    public void Redacts_every_credential_in_a_long_text()
    {
        var text = "first sk_live_51HxYzAbCdEfGhIjKlMnOp, then Bearer abc123def456ghi789, then ?api_key=abc123";
        var redacted = SecretRedactor.Redact(text);
        Assert.DoesNotContain("51HxYz", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", redacted, StringComparison.Ordinal);
        Assert.Equal(3, redacted.Split(SecretRedactor.Mask).Length - 1);
    }

    [Fact]
    public void Keeps_null_as_null() => Assert.Null(SecretRedactor.RedactOrNull(null));
}
