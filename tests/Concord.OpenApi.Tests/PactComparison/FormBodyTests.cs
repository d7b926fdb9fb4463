using System.Text;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>URL-encoded and multipart request bodies are checked field by field against the operation's schema (CORD117).</summary>
public sealed class FormBodyTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Uploads", "version": "1.0.0" },
          "paths": {
            "/orders": {
              "post": {
                "requestBody": { "required": true, "content": { "application/x-www-form-urlencoded": { "schema": {
                  "type": "object", "additionalProperties": false, "required": [ "sku", "quantity" ],
                  "properties": { "sku": { "type": "string" }, "quantity": { "type": "integer", "minimum": 1 }, "gift": { "type": "boolean" }, "tags": { "type": "array", "items": { "type": "string" } } }
                } } } },
                "responses": { "201": { "description": "Created." } }
              }
            },
            "/files": {
              "post": {
                "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Upload" } } } },
                "responses": { "200": { "description": "Stored." } }
              }
            }
          },
          "components": { "schemas": { "Upload": {
            "type": "object", "required": [ "file", "purpose" ],
            "properties": {
              "file": { "type": "string", "format": "binary" },
              "purpose": { "type": "string", "enum": [ "batch", "fine-tune" ] },
              "meta": { "type": "object", "properties": { "size": { "type": "integer" } }, "required": [ "size" ] }
            }
          } } }
        }
        """;

    [Theory]
    [InlineData("sku=A-1&quantity=0", "body at /quantity")]
    [InlineData("sku=A-1", "quantity")]
    [InlineData("sku=A-1&quantity=2&coupon=X", "property 'coupon' is not accepted")]
    [InlineData("sku=A-1&quantity=2&gift=perhaps", "body at /gift")]
    public void A_form_body_whose_fields_do_not_fit_is_cord117_naming_the_field(string form, string expected)
    {
        var finding = Assert.Single(Run(Form(form)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid);

        Assert.Contains("the form fields of the request do not fit POST /orders's schema", finding.Message, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sku=A-1&quantity=2")]
    [InlineData("sku=A%2D1&quantity=3&gift=true&tags=a&tags=b")]
    [InlineData("quantity=1&sku=with+space")]
    public void A_form_body_that_fits_is_quiet(string form)
    {
        Assert.DoesNotContain(Run(Form(form)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid);
    }

    [Fact]
    public void A_multipart_body_is_checked_part_by_part_file_parts_as_text_json_parts_parsed()
    {
        var right = Multipart(("file", "a.jsonl", "application/octet-stream", "{\"prompt\": 1}"), ("purpose", null, null, "batch"), ("meta", null, "application/json", "{\"size\": 12}"));
        var wrongEnum = Multipart(("file", "a.jsonl", "application/octet-stream", "x"), ("purpose", null, null, "training"));
        var wrongJsonPart = Multipart(("file", "a.jsonl", null, "x"), ("purpose", null, null, "batch"), ("meta", null, "application/json", "{\"size\": \"big\"}"));
        var noFile = Multipart(("purpose", null, null, "batch"));

        Assert.DoesNotContain(Run(MultipartInteraction(right)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid);
        Assert.Contains("body at /purpose", Assert.Single(Run(MultipartInteraction(wrongEnum)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid).Message, StringComparison.Ordinal);
        Assert.Contains("body at /meta/size", Assert.Single(Run(MultipartInteraction(wrongJsonPart)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid).Message, StringComparison.Ordinal);
        Assert.Contains("[\"file\"]", Assert.Single(Run(MultipartInteraction(noFile)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_v4_base64_multipart_body_is_decoded_and_checked()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(Multipart(("file", "a.txt", "text/plain", "hello"), ("purpose", null, null, "nope"))));
        var pact = $$"""
            { "consumer": { "name": "Shop" }, "provider": { "name": "Files" },
              "interactions": [ { "type": "Synchronous/HTTP", "description": "upload",
                "request": { "method": "POST", "path": "/files", "headers": { "Content-Type": [ "multipart/form-data; boundary=XyZ" ] },
                  "body": { "content": "{{body}}", "contentType": "multipart/form-data; boundary=XyZ", "encoded": "base64" } },
                "response": { "status": 200 } } ],
              "metadata": { "pactSpecification": { "version": "4.0" } } }
            """;

        var findings = Comparing.Run(Document, pact);

        Assert.Contains("body at /purpose", Assert.Single(findings, f => f.RuleId == PactComparisonRules.RequestBodyInvalid).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multipart_body_without_its_boundary_is_reported_not_passed()
    {
        var text = "--other\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--other--\r\n";

        var finding = Assert.Single(Run(MultipartInteraction(text)), f => f.RuleId == PactComparisonRules.RequestBodyInvalid);

        Assert.Contains("holds no part delimited by its boundary", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Concord.Core.Findings.Finding> Run(string interaction) => Comparing.Run(Document, $$"""
        { "consumer": { "name": "Shop" }, "provider": { "name": "Files" }, "interactions": [ { "description": "send", {{interaction}} } ],
          "metadata": { "pactSpecification": { "version": "3.0.0" } } }
        """);

    private static string Form(string form) => $$"""
        "request": { "method": "POST", "path": "/orders", "headers": { "Content-Type": "application/x-www-form-urlencoded" }, "body": "{{form}}" },
        "response": { "status": 201 }
        """;

    private static string MultipartInteraction(string body) => $$"""
        "request": { "method": "POST", "path": "/files", "headers": { "Content-Type": "multipart/form-data; boundary=XyZ" }, "body": {{System.Text.Json.JsonSerializer.Serialize(body)}} },
        "response": { "status": 200 }
        """;

    private static string Multipart(params (string Name, string? File, string? Type, string Content)[] parts)
    {
        var text = new StringBuilder();
        foreach (var (name, file, type, content) in parts)
        {
            text.Append("--XyZ\r\n").Append($"Content-Disposition: form-data; name=\"{name}\"");
            if (file is not null)
            {
                text.Append($"; filename=\"{file}\"");
            }

            text.Append("\r\n");
            if (type is not null)
            {
                text.Append($"Content-Type: {type}\r\n");
            }

            text.Append("\r\n").Append(content).Append("\r\n");
        }

        return text.Append("--XyZ--\r\n").ToString();
    }
}
