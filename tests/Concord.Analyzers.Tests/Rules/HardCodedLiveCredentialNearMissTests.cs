using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>CORD004 near misses found on real code: a key's template and an identifier typed by hand are not keys.</summary>
public sealed class HardCodedLiveCredentialNearMissTests
{
    private static string Redacted(string value) => Concord.Analyzers.Credentials.SecretLikeness.Redact(value);

    [Fact]
    public Task A_pem_template_whose_body_is_a_hole_is_quiet_and_a_pem_block_with_a_body_fires()
    {
        // Assembled so that this file holds no whole key-shaped literal.
        var body = "MIIEowIBAAKCAQEA" + "q4Lm7Zk29dJ3kd0sl2QpW8xY";
        var source = $$"""
            static class Keys
            {
                const string RsaTemplate = "-----BEGIN RSA PRIVATE KEY-----\n{0}\n-----END RSA PRIVATE KEY----- \n";
                const string DsaTemplate = "-----BEGIN PRIVATE KEY-----\n<key goes here>\n-----END PRIVATE KEY-----";
                const string Real = {|#0:"-----BEGIN RSA PRIVATE KEY-----\n{{body}}\n-----END RSA PRIVATE KEY-----"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0)
            .WithArguments("RSA private key", Redacted("-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----")));
    }

    [Fact]
    public Task Hex_in_both_cases_is_an_identifier_typed_by_hand_and_hex_in_one_case_is_key_material()
    {
        // A MAPI profile section id, as a registry path segment; then a 32-hex key under the same kind of name.
        var source = """
            static class Outlook
            {
                const string AccountKey = "9375CFF0413111d3B88A00104B2A6676";
                const string ServiceKey = {|#0:"3c9a17e0b5d24f68a1e7c03b9d5f2a84"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0)
            .WithArguments("secret", Redacted("3c9a17e0b5d24f68a1e7c03b9d5f2a84")));
    }

    [Fact]
    public Task A_value_counting_up_is_typed_by_hand_and_the_same_characters_shuffled_fire()
    {
        // A sample's stand-in token (found on real code: a logging sink's sample program); shuffled, the same
        // characters are a key.
        var source = """
            static class Sample
            {
                const string EventCollectorToken = "00112233-4455-6677-8899-AABBCCDDEEFF";
                const string IngestToken = {|#0:"7a3f0c91-e24b-5d68-b0f1-9c4e2a7d8b36"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0)
            .WithArguments("token", Redacted("7a3f0c91-e24b-5d68-b0f1-9c4e2a7d8b36")));
    }

    [Fact]
    public Task Letters_and_digits_each_counting_up_are_typed_by_hand_and_the_same_characters_shuffled_fire()
    {
        // An example proxy's stand-in user token (found on real code): the letters go up, then the digits do.
        var source = """
            static class Proxy
            {
                const string GuestToken = "aAbBcCdDeEfF012345";
                const string IngestToken = {|#0:"c0FdB4aE1fCbA5D3e2"|};
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0)
            .WithArguments("token", Redacted("c0FdB4aE1fCbA5D3e2")));
    }

    [Fact]
    public Task A_test_data_attributes_arguments_are_test_inputs_and_the_same_value_elsewhere_fires()
    {
        // Found on real code: a webhook client's tests in a file the scan compiled outside any test project.
        var webhook = "https://discord.com/api/webhooks/" + "123456789012345678/" + "q7Kx2Lm9Pz4Rt8Vw1Yb6Nc3Hd5Jf0Gs2Ae7Ui4Oq9Wz1Xy3Tb8Mr6Ln5Kp2Hv7Gc0Fd4Sa9Qe1Rw3Zt8Yu6Io2Pa5";
        var source = $$"""
            using System;

            [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
            sealed class InlineDataAttribute(params object[] data) : Attribute;

            sealed class Tests
            {
                [InlineData("{{webhook}}")]
                [InlineData("{{webhook}}", 3)]
                public void Parses(string url) { }

                [System.ComponentModel.Description({|#0:"{{webhook}}"|})]
                public void Documented() { }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("Discord webhook URL", Redacted(webhook)));
    }

    [Fact]
    public Task Keys_their_tools_publish_are_quiet_and_keys_of_the_same_shapes_fire()
    {
        // Anvil's first development account and Azurite's account key (found on real code: a blockchain library's demos
        // sign with the first; the second is in every storage emulator setup). Assembled so that this file holds no whole
        // key-shaped literal; the ones that fire differ from the published keys in their last characters.
        var anvil = "0xac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcae784d7bf4f2ff80";
        var other = "0xac0974bec39a17e36ba4a6b4d238ff94" + "4bacb478cbed5efcae784d7bf4f2ff91";
        var azurite = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2U" + "VErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
        var storage = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2U" + "VErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGx==";
        var emulator = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + azurite + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1";
        var account = "DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=" + storage + ";EndpointSuffix=core.windows.net";
        var source = $$"""
            static class Chain
            {
                const string OperatorPrivateKey = "{{anvil}}";
                const string SignerPrivateKey = {|#0:"{{other}}"|};
                const string Emulator = "{{emulator}}";
                const string Orders = {|#1:"{{account}}"|};
            }
            """;
        return Verify.VerifyAsync(
            source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("secret", Redacted(other)),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("Azure storage account key", Redacted(account)));
    }

    [Theory]
    [InlineData("/repo/tests/Chain.Fixtures.Clients", false)]
    [InlineData("/repo/test/Shared/Chain.Accounts", false)]
    [InlineData("/repo/src/Chain.Clients", true)]
    [InlineData("/home/tests/repo/src/Chain.Clients", true)]
    public Task A_library_in_a_repositorys_tests_folder_holds_fixtures_and_one_elsewhere_fires(string projectFolder, bool fires)
    {
        // Found on real code: shared test fixtures, a library (no test SDK) under tests/, with a test chain's accounts.
        var key = "e58adb8d9de87414dcc6741d31d9e84b" + "76a54d3f416c526d8bbc1cd82b1aa2b1";
        var test = Verify.Create(string.Empty);
        test.TestState.Sources.Clear();
        test.TestState.Sources.Add(($"{projectFolder}/Accounts.cs", $$"""
            public static class Accounts
            {
                public const string Account2PrivateKey = {|#0:"{{key}}"|};
            }
            """));
        if (fires)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("secret", Redacted(key)));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_value_that_spells_its_members_name_is_a_name_and_another_value_under_that_name_fires()
    {
        // A generated client's enum values (found on real code): the value is the member's name in upper snake case.
        var source = """
            static class WidgetTypes
            {
                public const string Auth0VerifiableCredentials = "AUTH0_VERIFIABLE_CREDENTIALS";
                public const string ClientCredentials = "client-credentials";
                public const string PartnerCredentials = {|#0:"AUTH0_VERIFIABLE_CREDENTIALX7"|};
            }

            static class SecureStorageKeys
            {
                // A storage entry's name with its version (found on real code); a letter after the name is key material.
                public const string KEY_MACHINE_SECRET = "KEY_MACHINE_SECRET_2105";
                public const string KEY_DEVICE_SECRET = {|#1:"KEY_DEVICE_SECRET_2105x"|};
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD004").WithLocation(0).WithArguments("credential", Redacted("AUTH0_VERIFIABLE_CREDENTIALX7")),
            Verify.Diagnostic("CORD004").WithLocation(1).WithArguments("secret", Redacted("KEY_DEVICE_SECRET_2105x")));
    }
}
