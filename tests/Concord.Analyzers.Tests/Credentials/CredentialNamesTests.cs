using Concord.Analyzers.Credentials;

namespace Concord.Analyzers.Tests.Credentials;

/// <summary>Which names name a credential, and of what kind.</summary>
public sealed class CredentialNamesTests
{
    [Theory]
    [InlineData("appkey", "Secret")]
    [InlineData("APPKEY", "Secret")]
    [InlineData("accesskey", "Secret")]
    [InlineData("tmdb_appkey", "Secret")]
    [InlineData("secretkey", "Secret")]
    [InlineData("accesstoken", "Token")]
    [InlineData("AUTHTOKEN", "Token")]
    [InlineData("idtoken", "Token")]
    [InlineData("clientsecret", "Secret")]
    [InlineData("userpassword", "Password")]
    [InlineData("apikey", "ApiKey")]
    [InlineData("app_key", "Secret")]
    public void A_qualifier_and_a_head_written_as_one_word_name_a_credential(string name, string expected) =>
        Assert.Equal(expected, CredentialNames.Default.Classify(name)?.ToString());

    [Theory]
    [InlineData("monkey")]
    [InlineData("authkey")]
    [InlineData("passkey")]
    [InlineData("hockey")]
    [InlineData("hotkey")]
    [InlineData("publickey")]
    [InlineData("primarykey")]
    [InlineData("pagetoken")]
    [InlineData("nexttoken")]
    [InlineData("maxtokens")]
    [InlineData("keytoken")]
    [InlineData("token_count")]
    public void Words_that_only_end_like_a_credential_do_not(string name) =>
        Assert.Null(CredentialNames.Default.Classify(name));
}
