using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Concord.Pact.Consumer;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concord.Pact.Tests.Migration;

/// <summary>Options PactNet users rely on: pact metadata, a fixed mock-server port, a provider on https with a self-signed certificate.</summary>
public sealed class ParityOptionsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Pact_metadata_is_written_into_the_file()
    {
        var pact = new PactBuilder("Till", "Prices", new PactOptions { PactDirectory = _folder.Path });
        pact.WithPactMetadata("team", "owner", "checkout");
        pact.UponReceiving("the prices").WithRequest(HttpMethod.Get, "/prices").WillRespond().WithStatus(200);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/prices");
        });

        var metadata = JsonNode.Parse(File.ReadAllText(pact.PactFilePath))!["metadata"]!;
        Assert.Equal("checkout", metadata["team"]!["owner"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => pact.WithPactMetadata("pactSpecification", "version", "9"));
    }

    [Fact]
    public async Task The_mock_server_listens_on_the_port_asked_for_on_loopback()
    {
        var port = FreePort();
        var pact = new PactBuilder("Till", "Stock", new PactOptions { PactDirectory = _folder.Path, MockServerPort = port });
        pact.UponReceiving("the stock").WithRequest(HttpMethod.Get, "/stock").WillRespond().WithStatus(200);

        Uri? seen = null;
        await pact.VerifyAsync(async context =>
        {
            seen = context.BaseUri;
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            using var _ = await client.GetAsync("/stock");
        });

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), seen);
    }

    [Fact]
    public async Task A_provider_on_https_with_a_self_signed_certificate_verifies_only_with_tls_verification_off()
    {
        var pact = new PactBuilder("Till", "Vault", new PactOptions { PactDirectory = _folder.Path });
        pact.UponReceiving("the vault status").WithRequest(HttpMethod.Get, "/status").WillRespond().WithStatus(200).WithJsonBody(new { open = false });
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/status");
        });
        using var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        await using var app = builder.Build();
        app.MapGet("/status", () => Results.Json(new { open = false }));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var strict = await new PactVerifier("Vault").WithProvider(address).WithPactFile(pact.PactFilePath).VerifyAsync();
        var relaxed = await new PactVerifier("Vault").WithProvider(address).WithPactFile(pact.PactFilePath).WithTlsVerificationDisabled().VerifyAsync();

        Assert.Equal("https", address.Scheme);
        Assert.False(strict.Passed, strict.ToString());
        Assert.True(relaxed.Passed, relaxed.ToString());
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _folder.Dispose();
}
