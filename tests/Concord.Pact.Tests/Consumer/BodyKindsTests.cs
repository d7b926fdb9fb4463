using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Consumer;
using Concord.Pact.Provider;
using Concord.Pact.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Consumer;

/// <summary>Plain-text, XML, binary and multipart bodies: through the core's mock server on the consumer side, and verified against Kestrel on the provider side.</summary>
public sealed class BodyKindsTests : IDisposable
{
    private const string Provider = "Files";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Text_and_xml_bodies_pass_both_sides_and_a_changed_xml_element_fails_the_provider()
    {
        var pact = Pact();
        pact.UponReceiving("a note in plain text")
            .WithRequest(HttpMethod.Post, "/notes")
            .WithBody("remember the milk", "text/plain")
            .WillRespond()
            .WithStatus(201)
            .WithBody("saved", "text/plain");
        pact.UponReceiving("the catalogue as xml")
            .WithRequest(HttpMethod.Get, "/catalogue.xml")
            .WillRespond()
            .WithStatus(200)
            .WithBody("<catalogue><item id=\"42\">Teapot</item></catalogue>", "application/xml");
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var saved = await client.PostAsync("/notes", new StringContent("remember the milk", Encoding.UTF8, "text/plain"));
            Assert.Equal("saved", await saved.Content.ReadAsStringAsync());
            var xml = await client.GetStringAsync("/catalogue.xml");
            Assert.Contains("<item id=\"42\">Teapot</item>", xml);
        });

        var written = JsonNode.Parse(await File.ReadAllTextAsync(pact.PactFilePath))!["interactions"]!.AsArray();
        Assert.Contains(written, i => i!["response"]!["body"]!["contentType"]!.GetValue<string>().StartsWith("application/xml", StringComparison.Ordinal));

        await using var good = await StartAsync(app =>
        {
            app.MapPost("/notes", async (HttpRequest request) => await new StreamReader(request.Body).ReadToEndAsync() == "remember the milk" ? Results.Text("saved", "text/plain", statusCode: 201) : Results.BadRequest());
            app.MapGet("/catalogue.xml", () => Results.Text("<catalogue><item id=\"42\">Teapot</item></catalogue>", "application/xml"));
        });
        await using var changed = await StartAsync(app =>
        {
            app.MapPost("/notes", () => Results.Text("saved", "text/plain", statusCode: 201));
            app.MapGet("/catalogue.xml", () => Results.Text("<catalogue><product id=\"42\">Teapot</product></catalogue>", "application/xml"));
        });

        var passed = await Verify(good, pact.PactFilePath);
        var failed = await Verify(changed, pact.PactFilePath);

        Assert.True(passed.Passed, passed.ToString());
        Assert.Equal(VerificationStatus.Failed, failed.Status);
        Assert.False(Assert.Single(failed.Interactions, i => i.Description == "the catalogue as xml").Passed);
        Assert.True(Assert.Single(failed.Interactions, i => i.Description == "a note in plain text").Passed);
    }

    [Fact]
    public async Task A_wrong_text_body_from_the_consumer_is_a_mismatch()
    {
        var pact = Pact();
        pact.UponReceiving("a note in plain text")
            .WithRequest(HttpMethod.Post, "/notes")
            .WithBody("remember the milk", "text/plain")
            .WillRespond()
            .WithStatus(201);

        await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.PostAsync("/notes", new StringContent("forget the milk", Encoding.UTF8, "text/plain"));
        }));
        Assert.False(File.Exists(pact.PactFilePath));
    }

    [Fact]
    public async Task Binary_bodies_are_compared_byte_for_byte_on_both_sides()
    {
        var pact = Pact();
        pact.UponReceiving("an upload of raw bytes")
            .WithRequest(HttpMethod.Put, "/blobs/1")
            .WithBinaryBody([1, 2, 3, 255])
            .WillRespond()
            .WithStatus(200)
            .WithBinaryBody(Png, "image/png");
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var content = new ByteArrayContent([1, 2, 3, 255]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await client.PutAsync("/blobs/1", content);
            Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        });

        await using var good = await StartAsync(app => app.MapPut("/blobs/1", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return buffer.ToArray().SequenceEqual(new byte[] { 1, 2, 3, 255 }) ? Results.Bytes(Png, "image/png") : Results.BadRequest();
        }));
        await using var changed = await StartAsync(app => app.MapPut("/blobs/1", () => Results.Bytes(Png[..^1].Append((byte)0).ToArray(), "image/png")));

        Assert.True((await Verify(good, pact.PactFilePath)).Passed);
        Assert.Equal(VerificationStatus.Failed, (await Verify(changed, pact.PactFilePath)).Status);
    }

    [Fact]
    public async Task A_binary_body_matched_by_content_type_accepts_other_bytes_of_that_type_only()
    {
        var pact = Pact();
        pact.UponReceiving("a thumbnail")
            .WithRequest(HttpMethod.Get, "/thumbnails/1")
            .WillRespond()
            .WithStatus(200)
            .WithBinaryBody(Png, "image/png", matchContentTypeOnly: true);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            Assert.Equal(Png, await client.GetByteArrayAsync("/thumbnails/1"));
        });

        await using var otherPng = await StartAsync(app => app.MapGet("/thumbnails/1", () => Results.Bytes(Png[..^1].Append((byte)0).ToArray(), "image/png")));
        await using var notPng = await StartAsync(app => app.MapGet("/thumbnails/1", () => Results.Bytes(Encoding.UTF8.GetBytes("GIF89a not a png at all"), "image/png")));

        var passed = await Verify(otherPng, pact.PactFilePath);
        var failed = await Verify(notPng, pact.PactFilePath);

        Assert.True(passed.Passed, passed.ToString());
        Assert.Equal(VerificationStatus.Failed, failed.Status);
    }

    [Fact]
    public async Task A_consumer_sending_other_bytes_is_a_mismatch()
    {
        var pact = Pact();
        pact.UponReceiving("an upload of raw bytes")
            .WithRequest(HttpMethod.Put, "/blobs/1")
            .WithBinaryBody([1, 2, 3, 255])
            .WillRespond()
            .WithStatus(200);

        await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var content = new ByteArrayContent([1, 2, 3, 254]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var _ = await client.PutAsync("/blobs/1", content);
        }));
    }

    [Fact]
    public async Task A_multipart_upload_matches_by_part_content_type_on_both_sides()
    {
        var example = _folder.File("example.png");
        await File.WriteAllBytesAsync(example, Png);
        var pact = Pact();
        pact.UponReceiving("an avatar upload")
            .WithRequest(HttpMethod.Post, "/avatars")
            .WithMultipartFile("avatar", example, "image/png")
            .WillRespond()
            .WithStatus(204);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var form = new MultipartFormDataContent();
            var image = new ByteArrayContent(Png);
            image.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(image, "avatar", "me.png");
            using var response = await client.PostAsync("/avatars", form);
            Assert.Equal(204, (int)response.StatusCode);
        });

        var request = JsonNode.Parse(await File.ReadAllTextAsync(pact.PactFilePath))!["interactions"]![0]!["request"]!;
        Assert.StartsWith("multipart/form-data", request["headers"]!["Content-Type"]![0]!.GetValue<string>());

        await using var good = await StartAsync(app => app.MapPost("/avatars", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            return form.Files["avatar"] is { ContentType: "image/png" } ? Results.NoContent() : Results.BadRequest();
        }).DisableAntiforgery());

        var result = await Verify(good, pact.PactFilePath);

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public async Task A_multipart_part_of_another_content_type_is_a_mismatch_and_a_missing_example_file_is_named()
    {
        var example = _folder.File("example.png");
        await File.WriteAllBytesAsync(example, Png);
        var pact = Pact();
        var missing = Assert.Throws<FileNotFoundException>(() => pact.UponReceiving("x").WithRequest(HttpMethod.Post, "/x").WithMultipartFile("avatar", _folder.File("nope.png"), "image/png"));
        Assert.Contains("nope.png", missing.Message);

        var other = Pact();
        other.UponReceiving("an avatar upload")
            .WithRequest(HttpMethod.Post, "/avatars")
            .WithMultipartFile("avatar", example, "image/png")
            .WillRespond()
            .WithStatus(204);
        await Assert.ThrowsAsync<PactMismatchException>(() => other.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var form = new MultipartFormDataContent();
            var text = new StringContent("not an image", Encoding.UTF8, "text/plain");
            form.Add(text, "avatar", "me.txt");
            using var _ = await client.PostAsync("/avatars", form);
        }));
    }

    private PactBuilder Pact() => new("Uploader", Provider, new PactOptions { PactDirectory = _folder.Path });

    private static Task<VerificationResult> Verify(PactProviderHost host, string pactFile) =>
        new PactVerifier(Provider).WithProvider(host.BaseUri).WithPactFile(pactFile).VerifyAsync();

    private static Task<PactProviderHost> StartAsync(Action<WebApplication> map) =>
        PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            map(app);
            return app;
        });

    public void Dispose() => _folder.Dispose();
}
