using Concord.Core.Findings;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>
/// Each rule fires on an interaction that breaks it and stays quiet on the same interaction put right.
/// Interactions are V3 (pact-js shape) against the OpenAPI 3.0 document unless a case says otherwise.
/// </summary>
public sealed class RuleTests
{
    private const string GoodGet = """
        "request": { "method": "GET", "path": "/v1/orders/42", "headers": { "Authorization": "Bearer t0k3n", "X-Request-Id": "0a1b2c3d" } },
        "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "body": { "id": 42, "status": "open" } }
        """;

    private const string GoodPost = """
        "request": { "method": "POST", "path": "/v1/orders", "headers": { "X-API-Key": "k", "Content-Type": "application/json" }, "body": { "sku": "A-1", "quantity": 1 } },
        "response": { "status": 201, "headers": { "Content-Type": "application/json" }, "body": { "id": 1, "status": "open" } }
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        // rule, interaction that breaks it, the same interaction put right
        { PactComparisonRules.OperationNotDocumented, GoodGet.Replace("/v1/orders/42", "/v1/order/42"), GoodGet },
        { PactComparisonRules.OperationNotDocumented, GoodGet.Replace("/v1/orders/42", "/v2/orders/42"), GoodGet.Replace("/v1/orders/42", "/orders/42") },
        { PactComparisonRules.OperationNotDocumented, GoodPost.Replace("\"POST\"", "\"PUT\""), GoodPost },
        { PactComparisonRules.RequiredParameterMissing, GoodGet.Replace(", \"X-Request-Id\": \"0a1b2c3d\"", ""), GoodGet },
        { PactComparisonRules.ParameterValueInvalid, GoodGet.Replace("/v1/orders/42", "/v1/orders/0"), GoodGet },
        { PactComparisonRules.ParameterValueInvalid, GoodGet.Replace("/v1/orders/42", "/v1/orders/abc"), GoodGet },
        { PactComparisonRules.ParameterValueInvalid, GoodGet.Replace("/v1/orders/42\"", "/v1/orders/42\", \"query\": { \"expand\": [\"price\"] }"), GoodGet.Replace("/v1/orders/42\"", "/v1/orders/42\", \"query\": { \"expand\": [\"items\"] }") },
        { PactComparisonRules.ParameterValueInvalid, GoodGet.Replace("0a1b2c3d", "not-hex!"), GoodGet },
        { PactComparisonRules.QueryParameterUnknown, GoodGet.Replace("/v1/orders/42\"", "/v1/orders/42\", \"query\": { \"verbose\": [\"1\"] }"), GoodGet },
        { PactComparisonRules.SecurityNotMet, GoodGet.Replace("\"Authorization\": \"Bearer t0k3n\", ", ""), GoodGet },
        { PactComparisonRules.SecurityNotMet, GoodGet.Replace("Bearer t0k3n", "t0k3n"), GoodGet },
        { PactComparisonRules.SecurityNotMet, GoodGet.Replace("\"Authorization\": \"Bearer t0k3n\"", "\"X-API-Key\": \"t0k3n\""), GoodGet },
        { PactComparisonRules.SecurityNotMet, GoodPost.Replace("X-API-Key", "X-Api-Token"), GoodPost.Replace("X-API-Key", "x-api-key") },
        { PactComparisonRules.CredentialInBody, GoodPost.Replace("\"X-API-Key\": \"k\", ", "").Replace("\"sku\"", "\"api_key\": \"k\", \"sku\""), GoodPost },
        { PactComparisonRules.RequestContentTypeNotAccepted, GoodPost.Replace("\"Content-Type\": \"application/json\" }, \"body\"", "\"Content-Type\": \"text/plain\" }, \"body\""), GoodPost.Replace("\"Content-Type\": \"application/json\" }, \"body\"", "\"Content-Type\": \"application/json; charset=utf-8\" }, \"body\"") },
        { PactComparisonRules.RequestBodyInvalid, GoodPost.Replace("\"quantity\": 1", "\"quantity\": 0"), GoodPost },
        { PactComparisonRules.RequestBodyInvalid, GoodPost.Replace("\"quantity\": 1", "\"quantity\": 1, \"gift\": true"), GoodPost.Replace("\"quantity\": 1", "\"quantity\": 1, \"note\": null") },
        { PactComparisonRules.RequestBodyMissing, GoodPost.Replace(", \"body\": { \"sku\": \"A-1\", \"quantity\": 1 }", ""), GoodPost },
        { PactComparisonRules.ResponseStatusNotDocumented, GoodPost.Replace("\"status\": 201", "\"status\": 200"), GoodPost },
        { PactComparisonRules.ResponseStatusOnlyDefault, GoodGet.Replace("\"status\": 200, \"headers\": { \"Content-Type\": \"application/json\" }", "\"status\": 500, \"headers\": { \"Content-Type\": \"application/problem+json\" }"), GoodGet },
        { PactComparisonRules.ResponseContentTypeNotDocumented, GoodGet.Replace("\"Content-Type\": \"application/json\" }, \"body\"", "\"Content-Type\": \"text/html\" }, \"body\""), GoodGet },
        { PactComparisonRules.ResponseContentTypeNotDocumented, GoodGet.Replace("\"X-Request-Id\"", "\"Accept\": \"application/xml\", \"X-Request-Id\""), GoodGet.Replace("\"X-Request-Id\"", "\"Accept\": \"application/*\", \"X-Request-Id\"") },
        { PactComparisonRules.ResponseHeaderInvalid, GoodGet.Replace("\"Content-Type\": \"application/json\" }, \"body\"", "\"Content-Type\": \"application/json\", \"X-Rate-Remaining\": \"-1\" }, \"body\""), GoodGet.Replace("\"Content-Type\": \"application/json\" }, \"body\"", "\"Content-Type\": \"application/json\", \"X-Rate-Remaining\": \"3\" }, \"body\"") },
        { PactComparisonRules.ResponseBodyInvalid, GoodGet.Replace("\"status\": \"open\"", "\"status\": \"lost\""), GoodGet },
        { PactComparisonRules.ResponseBodyInvalid, GoodGet.Replace("\"status\": \"open\" }", "\"status\": \"open\", \"parent\": { \"id\": \"x\", \"status\": \"open\" } }"), GoodGet.Replace("\"status\": \"open\" }", "\"status\": \"open\", \"parent\": { \"id\": 1, \"status\": \"open\" } }") },
        { PactComparisonRules.ResponseBodyInvalid, GoodGet.Replace("\"status\": \"open\" }", "\"status\": \"open\", \"placed\": \"yesterday\" }"), GoodGet.Replace("\"status\": \"open\" }", "\"status\": \"open\", \"placed\": \"2024-05-06T07:08:09Z\", \"total\": null }") },
        { PactComparisonRules.ResponsePropertyNotDocumented, GoodGet.Replace("\"status\": \"open\" }", "\"status\": \"open\", \"discount\": 5 }"), GoodGet },
        { PactComparisonRules.ResponseBodyNotDocumented, """
            "request": { "method": "GET", "path": "/v1/health" },
            "response": { "status": 200, "body": { "up": true } }
            """, """
            "request": { "method": "GET", "path": "/v1/health" },
            "response": { "status": 200 }
            """ },
        { PactComparisonRules.RequestBodyNotDocumented, """
            "request": { "method": "GET", "path": "/v1/health", "headers": { "Content-Type": "application/json" }, "body": { "ping": 1 } },
            "response": { "status": 200 }
            """, """
            "request": { "method": "GET", "path": "/v1/health" },
            "response": { "status": 200 }
            """ },
        { PactComparisonRules.MatcherExampleMismatch, GoodGet.Replace("\"X-Request-Id\": \"0a1b2c3d\" }", "\"X-Request-Id\": \"0a1b2c3d\" }, \"matchingRules\": { \"header\": { \"X-Request-Id\": { \"matchers\": [ { \"match\": \"regex\", \"regex\": \"[0-9]{8}\" } ] } } }"), GoodGet.Replace("\"X-Request-Id\": \"0a1b2c3d\" }", "\"X-Request-Id\": \"0a1b2c3d\" }, \"matchingRules\": { \"header\": { \"X-Request-Id\": { \"matchers\": [ { \"match\": \"regex\", \"regex\": \"[0-9a-f]{8}\" } ] } } }") },
        { PactComparisonRules.MatcherExampleMismatch, GoodGet.Replace("\"body\": { \"id\": 42, \"status\": \"open\" }", "\"body\": { \"id\": 42, \"status\": \"open\" }, \"matchingRules\": { \"body\": { \"$.status\": { \"matchers\": [ { \"match\": \"integer\" } ] } } }"), GoodGet.Replace("\"body\": { \"id\": 42, \"status\": \"open\" }", "\"body\": { \"id\": 42, \"status\": \"open\" }, \"matchingRules\": { \"body\": { \"$.id\": { \"matchers\": [ { \"match\": \"integer\" } ] } } }") },
        { PactComparisonRules.PathCaseDiffers, GoodGet.Replace("/v1/orders/42", "/v1/Orders/42"), GoodGet },
        { PactComparisonRules.RequestContentTypeMissing, GoodPost.Replace(", \"Content-Type\": \"application/json\" }, \"body\"", " }, \"body\""), GoodPost },
        { PactComparisonRules.RequestHeaderUnknown, GoodGet.Replace("\"X-Request-Id\"", "\"X-Debug\": \"1\", \"X-Request-Id\""), GoodGet.Replace("\"X-Request-Id\"", "\"user-agent\": \"shop/1.0\", \"Accept-Language\": \"de\", \"traceparent\": \"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\", \"x-request-id\"") },
        { PactComparisonRules.RequestHeaderUnknown, """
            "request": { "method": "GET", "path": "/v1/health", "headers": { "Authorization": "Bearer t0k3n" } },
            "response": { "status": 200 }
            """, GoodGet },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_fires_on_the_broken_interaction_and_not_on_the_right_one(string rule, string broken, string right)
    {
        var fired = Comparing.Run(Documents.OpenApi30, V3(broken));
        var quiet = Comparing.Run(Documents.OpenApi30, V3(right));

        Assert.Contains(fired, f => f.RuleId == rule);
        Assert.DoesNotContain(quiet, f => f.RuleId == rule);
        Assert.DoesNotContain(quiet, f => f.Severity > Severity.Info);
    }

    [Fact]
    public void An_authorization_header_is_left_alone_by_a_document_that_describes_no_security_at_all()
    {
        const string noSecurity = """
            { "openapi": "3.0.3", "info": { "title": "t", "version": "1" }, "paths": { "/repos": { "get": { "responses": { "200": { "description": "ok" } } } } } }
            """;
        var pact = V3("""
            "request": { "method": "GET", "path": "/repos", "headers": { "Authorization": "Bearer t0k3n", "X-GitHub-Api-Version": "2022-11-28" } },
            "response": { "status": 200 }
            """);

        var finding = Assert.Single(Comparing.Run(noSecurity, pact), f => f.RuleId == PactComparisonRules.RequestHeaderUnknown);

        Assert.Contains("'X-GitHub-Api-Version'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_names_the_pact_interaction_and_the_document_node_with_its_line()
    {
        var finding = Assert.Single(Comparing.Run(Documents.OpenApi30, V3(GoodPost.Replace("\"quantity\": 1", "\"quantity\": 0"))));

        var pact = Assert.IsType<PactLocation>(finding.Location);
        Assert.Equal(("consumer-provider.json", "the interaction"), (pact.PactFile, pact.Interaction));
        var spec = Assert.IsType<SpecLocation>(Assert.Single(finding.Related));
        Assert.Equal("/paths/~1orders/post/requestBody/content/application~1json/schema", spec.JsonPointer);
        Assert.NotNull(spec.Line);
        Assert.NotNull(pact.Line);
        Assert.Contains("body at /quantity", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new Disagreement("shop", "orders", "POST /v1/orders"), finding.Disagreement);
    }

    [Fact]
    public void A_trailing_slash_and_percent_encoded_segments_reach_the_operation_as_a_server_routes_them()
    {
        var trailing = Comparing.Run(Documents.OpenApi30, V3(GoodGet.Replace("/v1/orders/42", "/v1/orders/42/")));
        var encoded = Comparing.Run(Documents.OpenApi30, V3(GoodGet.Replace("/v1/orders/42", "/v1/%6Frders/%34%32")));

        Assert.Empty(trailing);
        Assert.Empty(encoded);
    }

    [Fact]
    public void Swagger_2_schemas_are_translated_x_nullable_accepted_and_additional_properties_false_enforced()
    {
        const string interaction = """
            "request": { "method": "GET", "path": "/v2/orders", "query": { "api_key": ["k"], "limit": ["500"] } },
            "response": { "status": 200, "headers": { "Content-Type": "application/json" }, "body": [ { "id": 1, "total": null, "extra": 1 } ] }
            """;

        var findings = Comparing.Run(Documents.Swagger20, V3(interaction));

        Assert.Equal([PactComparisonRules.ParameterValueInvalid, PactComparisonRules.ResponseBodyInvalid], Comparing.Rules(findings));
        Assert.Contains(findings, f => f.Message.Contains("'extra' is not accepted", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("/total", StringComparison.Ordinal));
    }

    [Fact]
    public void Openapi_3_1_numeric_exclusive_minimum_and_cookie_keys_are_checked()
    {
        const string interaction = """
            "request": { "method": "POST", "path": "/api/orders", "headers": { "Content-Type": "application/json" }, "body": { "sku": "A", "quantity": 0 } },
            "response": { "status": 201 }
            """;

        var findings = Comparing.Run(Documents.OpenApi31, V3(interaction));

        Assert.Equal([PactComparisonRules.SecurityNotMet, PactComparisonRules.RequestBodyInvalid], [.. findings.Select(f => f.RuleId)]);
        Assert.Contains("cookie 'session'", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interaction_about_refusal_may_leave_the_credential_out_but_not_put_it_in_the_body()
    {
        var refused = GoodPost.Replace("\"X-API-Key\": \"k\", ", "").Replace("\"status\": 201", "\"status\": 401");
        var keyInBody = refused.Replace("\"sku\"", "\"apiKey\": \"k\", \"sku\"");

        Assert.DoesNotContain(Comparing.Run(Documents.OpenApi30, V3(refused)), f => f.RuleId is PactComparisonRules.SecurityNotMet or PactComparisonRules.CredentialInBody);
        Assert.Contains(Comparing.Run(Documents.OpenApi30, V3(keyInBody)), f => f.RuleId == PactComparisonRules.CredentialInBody);
    }

    [Fact]
    public void Credential_values_never_reach_a_message()
    {
        var findings = Comparing.Run(Documents.OpenApi30, V3(GoodGet.Replace("\"X-Request-Id\"", "\"X-Api-Key\": \"sk-live-0123456789abcdef\", \"X-Request-Id\"").Replace("Bearer t0k3n", "Token sk-live-0123456789abcdef")));

        Assert.Contains(findings, f => f.RuleId == PactComparisonRules.SecurityNotMet);
        Assert.DoesNotContain(findings, f => f.Message.Contains("sk-live", StringComparison.Ordinal));
    }

    private static string V3(string interaction) => $$"""
        {
          "consumer": { "name": "shop" },
          "provider": { "name": "orders" },
          "interactions": [ { "description": "the interaction", {{interaction}} } ],
          "metadata": { "pactSpecification": { "version": "3.0.0" } }
        }
        """;
}
