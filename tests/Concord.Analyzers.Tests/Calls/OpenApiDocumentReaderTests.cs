using Concord.Analyzers.Calls.Providers;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>The analyzers' own small JSON and OpenAPI reader.</summary>
public sealed class OpenApiDocumentReaderTests
{
    [Fact]
    public void Operations_security_and_body_properties_are_read_through_refs()
    {
        var operations = OpenApiDocumentReader.Read(TestDocuments.Auth, out var error);

        Assert.Null(error);
        Assert.NotNull(operations);
        var validate = Assert.Single(operations.All, o => o.Path == "/api/v1/keys/validate");
        Assert.Equal("POST", validate.Method);
        Assert.Equal("the Authorization header (Bearer)", Assert.Single(Assert.Single(validate.Security)).Describe());
        Assert.Equal(["service_id"], validate.BodyProperties);
        Assert.Equal("#/paths/~1api~1v1~1keys~1validate/post", validate.Pointer);
        Assert.Empty(Assert.Single(operations.All, o => o.Path == "/api/v1/public").Security);
        Assert.Equal("the X-API-Key header", Assert.Single(Assert.Single(Assert.Single(operations.All, o => o.Path == "/api/v1/reports").Security)).Describe());
    }

    [Fact]
    public void The_first_servers_path_is_the_base_path()
    {
        Assert.Equal("/api/v1", OpenApiDocumentReader.Read(TestDocuments.Orders, out _)!.BasePath);
        Assert.Equal(string.Empty, OpenApiDocumentReader.Read(TestDocuments.ModelRegistry, out _)!.BasePath);
    }

    [Theory]
    [InlineData("{ \"paths\": ", "unexpected end of document at line 1, column 12")]
    [InlineData("{\n  \"paths\": {},\n  x\n}", "unexpected 'x' at line 3, column 3")]
    [InlineData("[1, 2]", "not an OpenAPI document: no 'paths' object")]
    [InlineData("{ \"paths\": {} } trailing", "unexpected 't' at line 1, column 17")]
    public void Malformed_documents_give_an_error_naming_where(string text, string expected)
    {
        Assert.Null(OpenApiDocumentReader.Read(text, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Strings_keep_their_escapes_and_numbers_their_text()
    {
        var node = JsonReader.Parse("{\"a\\\"b\": \"\\u00e9\\n\", \"n\": -1.5e3, \"t\": true, \"z\": null}", out var error);

        Assert.Null(error);
        Assert.Equal("é\n", node!["a\"b"]!.StringValue);
        Assert.Equal("-1.5e3", node["n"]!.Text);
        Assert.True(node["t"]!.IsTrue);
        Assert.Equal(JsonKind.Null, node["z"]!.Kind);
    }
}
