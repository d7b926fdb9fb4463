using static Concord.OpenApi.Tests.Docs;

namespace Concord.OpenApi.Tests;

/// <summary>For every rule: a base document, a revision that triggers the rule, and one that must not.</summary>
public sealed record RuleCase(string RuleId, string Base, string Triggers, string DoesNotTrigger)
{
    public override string ToString() => RuleId;
}

internal static class RuleCases
{
    private const string Sec = """
        {"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-API-Key"},"bearer":{"type":"http","scheme":"bearer"}}}
        """;

    private static string Oauth(string flows) => "{\"securitySchemes\":{\"o\":{\"type\":\"oauth2\",\"flows\":{" + flows + "}}}}";

    private static string Secured(string security, string components = Sec) =>
        OpWithResponses($"\"security\":{security}", components: components);

    private static string Servers(string servers) => Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}}}}""", top: $"\"servers\":{servers},");

    private static string Deprecated(string extra) => OpWithResponses($"\"deprecated\":true{extra}");

    private static string Obj(string properties, string required = "[]") => "{\"type\":\"object\",\"properties\":{" + properties + "},\"required\":" + required + "}";

    public static IEnumerable<RuleCase> All()
    {
        var get = OpWithResponses("");
        var two = Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}},"post":{"responses":{"200":{"description":"ok"}}}}}""");
        var other = Doc("""{"/other":{"get":{"responses":{"200":{"description":"ok"}}}}}""");
        var both = Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}}},"/other":{"get":{"responses":{"200":{"description":"ok"}}}}}""");

        // Paths
        yield return new("CORD200", both, Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}}}}"""), both);
        yield return new("CORD201", two, get, two);
        yield return new("CORD202", get, both, get);
        yield return new("CORD203", get, two, get);
        yield return new("CORD204", OpWithResponses("", path: "/items/{id}"), OpWithResponses("", path: "/items/{itemId}"), OpWithResponses("", path: "/items/{id}"));
        yield return new("CORD205", OpWithResponses("", path: "/api/2.0/runs"), OpWithResponses("", path: "/ajax-api/2.0/runs"), OpWithResponses("", path: "/api/2.0/runs"));
        yield return new("CORD206", OpWithResponses("\"operationId\":\"a\""), OpWithResponses("\"operationId\":\"b\""), OpWithResponses("\"operationId\":\"a\""));
        static string Webhooks(string webhooks) =>
            Doc("{}", top: "\"webhooks\":" + webhooks + ",").Replace("3.0.3", "3.1.0", StringComparison.Ordinal);
        var petHook = Webhooks("""{"newPet":{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"string"}}}},"responses":{"200":{"description":"ok"}}}}}""");
        var noHooks = Webhooks("{}");
        yield return new("CORD208", petHook, noHooks, petHook);
        yield return new("CORD209", noHooks, petHook, noHooks);
        var withCallback = OpWithResponses("""
            "callbacks":{"onDone":{"{$request.body#/url}":{"post":{"responses":{"200":{"description":"ok"}}}}}}
            """);
        yield return new("CORD210", withCallback, get, withCallback);
        yield return new("CORD211", get, withCallback, get);
        var tagged = OpWithResponses("\"tags\":[\"users\",\"admin\"]");
        yield return new("CORD212", tagged, OpWithResponses("\"tags\":[\"users\"]"), OpWithResponses("\"tags\":[\"users\",\"admin\",\"new\"]"));
        static string Leveled(string level) =>
            Doc("{\"/items\":{\"get\":{\"responses\":" + Ok + "},\"post\":{\"x-stability-level\":\"" + level + "\",\"responses\":" + Ok + "}}}");
        yield return new("CORD213", Leveled("alpha"), get, Leveled("alpha"));
        yield return new("CORD207", OpWithResponses("\"operationId\":\"a\""), get, OpWithResponses("\"operationId\":\"a\""));

        // Parameters
        var q = """{"name":"q","in":"query","schema":{"type":"string"}}""";
        var qRequired = """{"name":"q","in":"query","required":true,"schema":{"type":"string"}}""";
        yield return new("CORD220", Param(q), get, Param(q));
        yield return new("CORD221", get, Param(qRequired), Param(q));
        yield return new("CORD222", get, Param(q), Param(qRequired));
        yield return new("CORD223", Param(q), Param(qRequired), Param(q));
        yield return new("CORD224", Param(qRequired), Param(q), Param(qRequired));
        yield return new("CORD225", Param(q), Param("""{"name":"q","in":"query","style":"pipeDelimited","schema":{"type":"string"}}"""), Param(q));
        yield return new("CORD226", Param("""{"name":"q","in":"query","schema":{"type":"array","items":{"type":"string"}}}"""),
            Param("""{"name":"q","in":"query","explode":false,"schema":{"type":"array","items":{"type":"string"}}}"""),
            Param("""{"name":"q","in":"query","explode":true,"schema":{"type":"array","items":{"type":"string"}}}"""));
        yield return new("CORD227", Param("""{"name":"q","in":"query","allowEmptyValue":true,"schema":{"type":"string"}}"""), Param(q),
            Param("""{"name":"q","in":"query","allowEmptyValue":true,"schema":{"type":"string"}}"""));
        var reserved = Param("""{"name":"q","in":"query","allowReserved":true,"schema":{"type":"string"}}""");
        yield return new("CORD229", reserved, Param(q), reserved);
        string Content(string mediaType) => Param("{\"name\":\"filter\",\"in\":\"query\",\"content\":{\"" + mediaType + "\":{\"schema\":{\"type\":\"object\"}}}}");
        yield return new("CORD230", Content("application/json"), Content("application/xml"), Content("application/json"));
        yield return new("CORD228", Param(q), Param("""{"name":"q","in":"header","schema":{"type":"string"}}"""), Param(q));

        // Request bodies
        var body = Req("""{"type":"string"}""");
        var optionalBody = OpWithResponses("""
            "requestBody":{"content":{"application/json":{"schema":{"type":"string"}}}}
            """, method: "post");
        var post = OpWithResponses("", method: "post");
        yield return new("CORD240", post, body, optionalBody);
        yield return new("CORD241", post, optionalBody, body);
        yield return new("CORD242", body, post, body);
        yield return new("CORD243", optionalBody, body, optionalBody);
        yield return new("CORD244", body, optionalBody, body);
        var xml = OpWithResponses("""
            "requestBody":{"required":true,"content":{"application/json":{"schema":{"type":"string"}},"application/xml":{"schema":{"type":"string"}}}}
            """, method: "post");
        yield return new("CORD245", xml, body, xml);
        yield return new("CORD246", body, xml, body);
        string Upload(string contentType) => OpWithResponses(
            "\"requestBody\":{\"content\":{\"multipart/form-data\":{\"schema\":{\"type\":\"object\",\"properties\":{\"file\":{\"type\":\"string\",\"format\":\"binary\"}}},"
            + "\"encoding\":{\"file\":{\"contentType\":\"" + contentType + "\"}}}}}", method: "post");
        yield return new("CORD247", Upload("image/png"), Upload("application/pdf"), Upload("image/png"));

        // Responses
        var string200 = Res("""{"type":"string"}""");
        var with404 = Op("""
            "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"string"}}}},"404":{"description":"no"}}
            """);
        var with201 = Op("""
            "responses":{"201":{"description":"ok","content":{"application/json":{"schema":{"type":"string"}}}}}
            """);
        var twoMedia = Op("""
            "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"string"}},"text/plain":{"schema":{"type":"string"}}}}}
            """);
        var noBody = Op("""
            "responses":{"200":{"description":"ok"}}
            """);
        string Header(bool required) => Op(
            "\"responses\":{\"200\":{\"description\":\"ok\",\"headers\":{\"X-Rate\":{\"required\":" + (required ? "true" : "false") + ",\"schema\":{\"type\":\"integer\"}}}}}");
        yield return new("CORD260", string200, with201, string200);
        yield return new("CORD261", with404, string200, with404);
        yield return new("CORD262", string200, with404, string200);
        yield return new("CORD263", twoMedia, string200, twoMedia);
        yield return new("CORD264", string200, twoMedia, string200);
        yield return new("CORD265", string200, noBody, string200);
        yield return new("CORD266", Header(true), noBody, Header(true));
        yield return new("CORD267", Header(false), noBody, Header(true));
        yield return new("CORD268", Header(true), Header(false), Header(true));
        yield return new("CORD269", noBody, Header(false), noBody);
        yield return new("CORD270", Header(false), Header(true), Header(false));
        var deprecatedHeader = Op("""
            "responses":{"200":{"description":"ok","headers":{"X-Rate":{"deprecated":true,"schema":{"type":"integer"}}}}}
            """);
        var linked = Op("""
            "responses":{"200":{"description":"ok","links":{"self":{"operationId":"getItem"}}}}
            """);
        yield return new("CORD272", linked, noBody, linked);
        yield return new("CORD271", Header(false), deprecatedHeader, Header(false));

        // Schemas, request side and response side
        foreach (var schemaCase in SchemaCases())
        {
            yield return schemaCase;
        }

        // Security
        var keyed = Secured("""[{"key":[]}]""");
        yield return new("CORD350", keyed, Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"http","scheme":"bearer"}}}"""), keyed);
        yield return new("CORD351", keyed, Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-Other"}}}"""), keyed);
        yield return new("CORD352", keyed, Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"apiKey","in":"query","name":"X-API-Key"}}}"""), keyed);
        var basic = Secured("""[{"h":[]}]""", """{"securitySchemes":{"h":{"type":"http","scheme":"basic"}}}""");
        yield return new("CORD353", basic, Secured("""[{"h":[]}]""", """{"securitySchemes":{"h":{"type":"http","scheme":"bearer"}}}"""), basic);
        var jwt = Secured("""[{"h":[]}]""", """{"securitySchemes":{"h":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}""");
        yield return new("CORD354", jwt, Secured("""[{"h":[]}]""", """{"securitySchemes":{"h":{"type":"http","scheme":"bearer","bearerFormat":"opaque"}}}"""), jwt);
        var code = "'authorizationCode':{'authorizationUrl':'https://a.example/auth','tokenUrl':'https://a.example/token','scopes':{'read':'r','write':'w'}}".Replace('\'', '"');
        var client = "'clientCredentials':{'tokenUrl':'https://a.example/token','scopes':{'read':'r'}}".Replace('\'', '"');
        var oauth = Secured("""[{"o":[]}]""", Oauth(code));
        yield return new("CORD355", Secured("""[{"o":[]}]""", Oauth(code + "," + client)), oauth, Secured("""[{"o":[]}]""", Oauth(code + "," + client)));
        yield return new("CORD356", oauth, Secured("""[{"o":[]}]""", Oauth(code + "," + client)), oauth);
        yield return new("CORD357", oauth, Secured("""[{"o":[]}]""", Oauth(code.Replace("https://a.example/token", "https://b.example/token", StringComparison.Ordinal))), oauth);
        yield return new("CORD358", oauth, Secured("""[{"o":[]}]""", Oauth(code.Replace(",\"write\":\"w\"", "", StringComparison.Ordinal))), oauth);
        var unused = OpWithResponses("", components: Sec);
        yield return new("CORD376", unused, OpWithResponses("", components: """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-Other"}}}"""), unused);
        yield return new("CORD359", keyed, Secured("""[{"bearer":[]}]""", """{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}"""), keyed);
        yield return new("CORD360", Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-API-Key"}}}"""), keyed,
            Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-API-Key"}}}"""));
        yield return new("CORD361", OpWithResponses("", components: Sec), keyed, OpWithResponses("", components: Sec));
        yield return new("CORD362", keyed, Secured("""[{"bearer":[]}]"""), Secured("""[{"key":[]},{"bearer":[]}]"""));
        yield return new("CORD363", keyed, Secured("""[{"key":[]},{"bearer":[]}]"""), keyed);
        yield return new("CORD364", keyed, Secured("[]"), keyed);
        var scoped = Secured("""[{"o":["read"]}]""", Oauth(code));
        yield return new("CORD365", scoped, Secured("""[{"o":["read","write"]}]""", Oauth(code)), scoped);
        yield return new("CORD366", Secured("""[{"o":["read","write"]}]""", Oauth(code)), scoped, Secured("""[{"o":["read","write"]}]""", Oauth(code)));
        yield return new("CORD368", oauth, Secured("""[{"o":[]}]""", Oauth(code.Replace("\"write\":\"w\"", "\"write\":\"w\",\"admin\":\"a\"", StringComparison.Ordinal))), oauth);
        var deprecatedKey = Secured("""[{"key":[]}]""", """{"securitySchemes":{"key":{"type":"apiKey","in":"header","name":"X-API-Key","deprecated":true}}}""")
            .Replace("3.0.3", "3.2.0", StringComparison.Ordinal);
        yield return new("CORD369", keyed.Replace("3.0.3", "3.2.0", StringComparison.Ordinal), deprecatedKey, keyed.Replace("3.0.3", "3.2.0", StringComparison.Ordinal));
        var oidc = Secured("""[{"i":[]}]""", """{"securitySchemes":{"i":{"type":"openIdConnect","openIdConnectUrl":"https://a.example/.well-known"}}}""");
        yield return new("CORD367", oidc, Secured("""[{"i":[]}]""", """{"securitySchemes":{"i":{"type":"openIdConnect","openIdConnectUrl":"https://b.example/.well-known"}}}"""), oidc);

        // Servers
        var api = Servers("""[{"url":"https://api.example.com/api"}]""");
        yield return new("CORD370", api, Servers("""[{"url":"https://api.example.com/ajax-api"}]"""), Servers("""[{"url":"https://api.example.com/api/"}]"""));
        var twoServers = Servers("""[{"url":"https://a.example.com/api"},{"url":"https://b.example.com/api"}]""");
        yield return new("CORD371", twoServers, api, twoServers);
        yield return new("CORD372", api, Servers("""[{"url":"https://api.example.com/api"},{"url":"https://eu.example.com/api"}]"""), api);
        yield return new("CORD373", api, Servers("""[{"url":"https://new.example.com/api"}]"""), api);
        var variable = Servers("""[{"url":"https://{region}.example.com/api","variables":{"region":{"default":"us","enum":["us","eu"]}}}]""");
        yield return new("CORD374", variable, Servers("""[{"url":"https://{region}.example.com/api","variables":{"region":{"default":"eu","enum":["us","eu"]}}}]"""), variable);
        yield return new("CORD375", variable, Servers("""[{"url":"https://{region}.example.com/api","variables":{"region":{"default":"us","enum":["us"]}}}]"""), variable);

        // Deprecation (tests fix "now" at 2030-01-01 and a 90-day window)
        yield return new("CORD380", get, Deprecated(""), get);
        yield return new("CORD381", get, Deprecated(",\"x-sunset\":\"2030-02-01\""), Deprecated(",\"x-sunset\":\"2031-01-01\""));
        var pastSunset = Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}},"post":{"deprecated":true,"x-sunset":"2029-01-01","responses":{"200":{"description":"ok"}}}}}""");
        var futureSunset = Doc("""{"/items":{"get":{"responses":{"200":{"description":"ok"}}},"post":{"deprecated":true,"x-sunset":"2031-01-01","responses":{"200":{"description":"ok"}}}}}""");
        yield return new("CORD382", pastSunset, get, pastSunset);
        yield return new("CORD383", futureSunset, get, futureSunset);
        yield return new("CORD384", Deprecated(""), get, Deprecated(""));
        yield return new("CORD385", Param(q), Param("""{"name":"q","in":"query","deprecated":true,"schema":{"type":"string"}}"""), Param(q));
        yield return new("CORD386", Res(Obj("""
            "a":{"type":"string"}
            """)), Res(Obj("""
            "a":{"type":"string","deprecated":true}
            """)), Res(Obj("""
            "a":{"type":"string"}
            """)));
        yield return new("CORD387", get, OpWithResponses("\"x-sunset\":\"soon\""), OpWithResponses("\"x-sunset\":\"2031-01-01\""));
        var deprecatedParameter = Param("""{"name":"q","in":"query","deprecated":true,"schema":{"type":"string"}}""");
        yield return new("CORD389", deprecatedParameter, get, deprecatedParameter);
        yield return new("CORD388", Deprecated(",\"x-sunset\":\"2031-01-01\""), Deprecated(",\"x-sunset\":\"2030-06-01\""), Deprecated(",\"x-sunset\":\"2031-06-01\""));
        string Stability(string level) => OpWithResponses($"\"x-stability-level\":\"{level}\"");
        yield return new("CORD377", Stability("stable"), Stability("beta"), Stability("stable"));
        yield return new("CORD397", get, Stability("ga"), Stability("beta"));
        var deprecatedProperty = Res(Obj("""
            "a":{"type":"string"},"b":{"type":"string","deprecated":true}
            """, """["b"]"""));
        yield return new("CORD398", deprecatedProperty, Res(Obj("""
            "a":{"type":"string"}
            """)), deprecatedProperty);
        var sunsetParameter = Param("""{"name":"q","in":"query","deprecated":true,"x-sunset":"2031-01-01","schema":{"type":"string"}}""");
        yield return new("CORD378", sunsetParameter, get, sunsetParameter);
        var sunsetProperty = Res(Obj("""
            "a":{"type":"string"},"b":{"type":"string","deprecated":true,"x-sunset":"2031-01-01"}
            """));
        yield return new("CORD379", sunsetProperty, Res(Obj("""
            "a":{"type":"string"}
            """)), sunsetProperty);
        var deprecatedWithoutDate = Param("""{"name":"q","in":"query","deprecated":true,"schema":{"type":"string"}}""");
        var undeprecated = Param("""{"name":"q","in":"query","schema":{"type":"string"}}""");
        yield return new("CORD399", sunsetParameter, deprecatedWithoutDate, undeprecated);

        // Document
        yield return new("CORD390", get, get.Replace("\"version\":\"1\"", "\"version\":\"2\"", StringComparison.Ordinal), get);
        yield return new("CORD391", get, get.Replace("3.0.3", "3.1.0", StringComparison.Ordinal), get);
        var withComponent = OpWithResponses("", components: """{"schemas":{"Unused":{"type":"string"}}}""");
        yield return new("CORD392", withComponent, get, withComponent);
        yield return new("CORD393", get, withComponent, get);
        const string Swagger = """{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{"/items":{"get":{"parameters":[{"name":"q","in":"query","type":"array","items":{"type":"string"}PARAM}],"responses":{"200":{"description":"ok"}}}}}}""";
        var plainSwagger = Swagger.Replace("PARAM", "", StringComparison.Ordinal);
        yield return new("CORD394", plainSwagger, Swagger.Replace("PARAM", ",\"uniqueItems\":true", StringComparison.Ordinal), plainSwagger);
    }

    private static IEnumerable<RuleCase> SchemaCases()
    {
        // (request rule, response rule, base schema, triggering schema, schema that triggers neither).
        (string Request, string Response, string Base, string Changed, string Safe)[] pairs =
        [
            ("CORD280", "CORD281", """{"type":"string"}""", """{"type":"integer"}""", """{"type":"string"}"""),
            ("CORD284", "CORD285", """{"type":"string","format":"date"}""", """{"type":"string","format":"uuid"}""", """{"type":"string","format":"date"}"""),
            ("CORD286", "CORD287", """{"type":"string"}""", """{"type":"string","format":"uuid"}""", """{"type":"string"}"""),
            ("CORD288", "CORD289", """{"type":"string","format":"uuid"}""", """{"type":"string"}""", """{"type":"string","format":"uuid"}"""),
            ("CORD296", "CORD301", """{"type":"string","maxLength":10}""", """{"type":"string","maxLength":5}""", """{"type":"string","maxLength":10}"""),
            ("CORD297", "CORD300", """{"type":"integer","maximum":10}""", """{"type":"integer","maximum":20}""", """{"type":"integer","maximum":10}"""),
            ("CORD298", "CORD303", """{"type":"array","items":{"type":"string"},"minItems":1}""", """{"type":"array","items":{"type":"string"},"minItems":2}""", """{"type":"array","items":{"type":"string"},"minItems":1}"""),
            ("CORD299", "CORD302", """{"type":"integer","minimum":5}""", """{"type":"integer","minimum":1}""", """{"type":"integer","minimum":5}"""),
            ("CORD319", "CORD322", """{"type":"string","nullable":true}""", """{"type":"string"}""", """{"type":"string","nullable":true}"""),
            ("CORD320", "CORD321", """{"type":"string"}""", """{"type":"string","nullable":true}""", """{"type":"string"}"""),
            ("CORD323", "CORD326", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""", """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":true}"""),
            ("CORD324", "CORD325", """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}""", """{"type":"object","properties":{"a":{"type":"string"}}}""", """{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}"""),
            ("CORD339", "CORD340", """{"type":"integer","multipleOf":2}""", """{"type":"integer","multipleOf":3}""", """{"type":"integer","multipleOf":2}"""),
        ];

        foreach (var (request, response, before, changed, safe) in pairs)
        {
            yield return new(request, Req(before), Req(changed), Req(safe));
            yield return new(response, Res(before), Res(changed), Res(safe));
        }

        // Alternatives name components, as real documents do.
        var shapes = """{"schemas":{"Cat":{"type":"object"},"Dog":{"type":"object"}}}""";
        var catOrDog = """{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]}""";
        var catOnly = """{"oneOf":[{"$ref":"#/components/schemas/Cat"}]}""";
        yield return new("CORD330", Req(catOrDog, shapes), Req(catOnly, shapes), Req(catOrDog, shapes));
        yield return new("CORD333", Res(catOrDog, shapes), Res(catOnly, shapes), Res(catOrDog, shapes));
        yield return new("CORD331", Req(catOnly, shapes), Req(catOrDog, shapes), Req(catOnly, shapes));
        yield return new("CORD332", Res(catOnly, shapes), Res(catOrDog, shapes), Res(catOnly, shapes));
        var lookalikes = """{"schemas":{"Cat":{"type":"object","properties":{"name":{"type":"string"}}},"Dog":{"type":"object","properties":{"name":{"type":"string"}}},"Car":{"type":"object","properties":{"plate":{"type":"string"}},"required":["plate"]}}}""";
        yield return new("CORD348", Req("""{"$ref":"#/components/schemas/Cat"}""", lookalikes), Req("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]}""", lookalikes),
            Req("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Car"}]}""", lookalikes));

        // const is JSON Schema 2020-12, so OpenAPI 3.1.
        static string V31(string document) => document.Replace("3.0.3", "3.1.0", StringComparison.Ordinal);
        var constA = """{"type":"string","const":"a"}""";
        var constB = """{"type":"string","const":"b"}""";
        yield return new("CORD345", V31(Req(constA)), V31(Req(constB)), V31(Req(constA)));
        yield return new("CORD346", V31(Res(constA)), V31(Res(constB)), V31(Res(constA)));
        var plainString = """{"type":"string"}""";
        yield return new("CORD329", V31(Req(constA)), V31(Req(plainString)), V31(Req(constA)));
        yield return new("CORD395", V31(Res(constA)), V31(Res(plainString)), V31(Res(constA)));
        yield return new("CORD396", V31(Res(plainString)), V31(Res(constA)), V31(Res(plainString)));

        // One-sided rules: the same change on the other side must not trigger them.
        yield return new("CORD282", Req("""{"type":"integer"}"""), Req("""{"type":"number"}"""), Req("""{"type":"string"}"""));
        yield return new("CORD283", Res("""{"type":"number"}"""), Res("""{"type":"integer"}"""), Res("""{"type":"string"}"""));
        yield return new("CORD290", Req("""{"type":"string","enum":["a","b"]}"""), Req("""{"type":"string","enum":["a"]}"""), Req("""{"type":"string","enum":["a","b","c"]}"""));
        yield return new("CORD291", Req("""{"type":"string","enum":["a"]}"""), Req("""{"type":"string","enum":["a","b"]}"""), Req("""{"type":"string","enum":["a"]}"""));
        yield return new("CORD292", Res("""{"type":"string","enum":["a"]}"""), Res("""{"type":"string","enum":["a","b"]}"""), Res("""{"type":"string","enum":["a"]}"""));
        yield return new("CORD293", Res("""{"type":"string","enum":["a","b"]}"""), Res("""{"type":"string","enum":["a"]}"""), Res("""{"type":"string","enum":["a","b","c"]}"""));
        yield return new("CORD294", Req("""{"type":"string"}"""), Req("""{"type":"string","enum":["a"]}"""), Req("""{"type":"string"}"""));
        yield return new("CORD295", Res("""{"type":"string","enum":["a"]}"""), Res("""{"type":"string"}"""), Res("""{"type":"string","enum":["a"]}"""));
        yield return new("CORD304", Req("""{"type":"string"}"""), Req("""{"type":"string","pattern":"^a"}"""), Req("""{"type":"string"}"""));
        yield return new("CORD305", Req("""{"type":"string","pattern":"^a"}"""), Req("""{"type":"string","pattern":"^b"}"""), Req("""{"type":"string"}"""));
        yield return new("CORD306", Req("""{"type":"string","pattern":"^a"}"""), Req("""{"type":"string"}"""), Req("""{"type":"string","pattern":"^a"}"""));
        yield return new("CORD307", Res("""{"type":"string","pattern":"^a"}"""), Res("""{"type":"string","pattern":"^b"}"""), Res("""{"type":"string","pattern":"^a"}"""));
        yield return new("CORD308", Res("""{"type":"string"}"""), Res("""{"type":"string","pattern":"^a"}"""), Res("""{"type":"string"}"""));
        var strings = V31(Req("""{"type":"array","items":{"type":"string"}}"""));
        yield return new("CORD273", strings, V31(Req("""{"type":"array","items":{"type":"string"},"contains":{"const":"a"}}""")), strings);
        var named = V31(Res("""{"type":"object","propertyNames":{"pattern":"^a"}}"""));
        yield return new("CORD274", named, V31(Res("""{"type":"object"}""")), named);
        var dependent = V31(Req("""{"type":"object","dependentRequired":{"a":["b"]}}"""));
        yield return new("CORD275", dependent, V31(Req("""{"type":"object","dependentRequired":{"a":["c"]}}""")), dependent);
        yield return new("CORD276", Req("""{"type":"integer"}"""), Req("""{"type":"integer","default":1}"""), Req("""{"type":"integer"}"""));
        yield return new("CORD277", Req("""{"type":"integer","default":1}"""), Req("""{"type":"integer"}"""), Req("""{"type":"integer","default":1}"""));
        var extensible = """{"type":"string","x-extensible-enum":["a","b"]}""";
        yield return new("CORD278", Req(extensible), Req("""{"type":"string","x-extensible-enum":["a"]}"""), Req("""{"type":"string","x-extensible-enum":["a","b","c"]}"""));
        yield return new("CORD279", Res("""{"type":"string","x-extensible-enum":["a"]}"""), Res(extensible), Res("""{"type":"string","x-extensible-enum":["a"]}"""));
        yield return new("CORD349", Res("""{"type":"string","pattern":"^a"}"""), Res("""{"type":"string","pattern":".*"}"""), Res("""{"type":"string","pattern":"^a"}"""));

        var a = """
            "a":{"type":"string"}
            """;
        var ab = """
            "a":{"type":"string"},"b":{"type":"string"}
            """;
        yield return new("CORD309", Req(Obj(a)), Req(Obj(a, """["a"]""")), Req(Obj(a)));
        yield return new("CORD310", Req(Obj(a, """["a"]""")), Req(Obj(a)), Req(Obj(a, """["a"]""")));
        yield return new("CORD311", Res(Obj(a, """["a"]""")), Res(Obj(a)), Res(Obj(a, """["a"]""")));
        yield return new("CORD312", Res(Obj(a)), Res(Obj(a, """["a"]""")), Res(Obj(a)));
        yield return new("CORD313", Req(Obj(a)), Req(Obj(ab, """["b"]""")), Req(Obj(ab)));
        yield return new("CORD314", Req(Obj(a)), Req(Obj(ab)), Req(Obj(ab, """["b"]""")));
        yield return new("CORD315", Req(Obj(ab)), Req(Obj(a)), Req(Obj(ab)));
        yield return new("CORD316", Res(Obj(ab, """["b"]""")), Res(Obj(a)), Res(Obj(ab, """["b"]""")));
        yield return new("CORD317", Res(Obj(a)), Res(Obj(ab)), Res(Obj(a)));
        yield return new("CORD318", Res(Obj(ab)), Res(Obj(a)), Res(Obj(ab)));
        yield return new("CORD327", Req(Obj(a)), Req(Obj("""
            "a":{"type":"string","readOnly":true}
            """)), Req(Obj(a)));
        yield return new("CORD328", Res(Obj(a)), Res(Obj("""
            "a":{"type":"string","writeOnly":true}
            """)), Res(Obj(a)));
        // Parts holding anyOf cannot be merged into one schema, so they are compared part by part.
        var choice = """{"anyOf":[{"required":["a"]},{"required":["b"]}]}""";
        yield return new("CORD334", Req("""{"allOf":[{"type":"object"}]}"""), Req("""{"allOf":[{"type":"object"},""" + choice + "]}"), Req("""{"allOf":[{"type":"object"}]}"""));
        yield return new("CORD335", Res("""{"allOf":[{"type":"object"},""" + choice + "]}"), Res("""{"allOf":[{"type":"object"}]}"""), Res("""{"allOf":[{"type":"object"},""" + choice + "]}"));

        var pets = """{"schemas":{"Cat":{"type":"object"},"Dog":{"type":"object"}}}""";
        string Poly(string property, string mapping) =>
            """{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}],"discriminator":{"propertyName":""" + "\"" + property + "\",\"mapping\":{" + mapping + "}}}";
        var catDog = """
            "cat":"#/components/schemas/Cat","dog":"#/components/schemas/Dog"
            """;
        var cat = """
            "cat":"#/components/schemas/Cat"
            """;
        yield return new("CORD336", Res(Poly("kind", catDog), pets), Res(Poly("type", catDog), pets), Res(Poly("kind", catDog), pets));
        yield return new("CORD337", Req(Poly("kind", catDog), pets), Req(Poly("kind", cat), pets), Req(Poly("kind", catDog), pets));
        yield return new("CORD338", Res(Poly("kind", cat), pets), Res(Poly("kind", catDog), pets), Res(Poly("kind", cat), pets));
        yield return new("CORD347", Res(Poly("kind", catDog), pets), Res("""{"oneOf":[{"$ref":"#/components/schemas/Cat"},{"$ref":"#/components/schemas/Dog"}]}""", pets),
            Res(Poly("kind", catDog), pets));
        yield return new("CORD341", Req("""{"type":"array","items":{"type":"string"}}"""), Req("""{"type":"array","items":{"type":"string"},"uniqueItems":true}"""), Req("""{"type":"array","items":{"type":"string"}}"""));
        yield return new("CORD342", Res("""{"type":"array","items":{"type":"string"},"uniqueItems":true}"""), Res("""{"type":"array","items":{"type":"string"}}"""), Res("""{"type":"array","items":{"type":"string"},"uniqueItems":true}"""));
        yield return new("CORD343", Req("""{"type":"integer","default":10}"""), Req("""{"type":"integer","default":20}"""), Req("""{"type":"integer","default":10}"""));
        yield return new("CORD256", Res("""{"type":"integer"}"""), Res("""{"type":"integer","default":20}"""), Res("""{"type":"integer","description":"page size"}"""));
        yield return new("CORD257", Res("""{"type":"integer","default":10}"""), Res("""{"type":"integer"}"""), Res("""{"type":"integer","default":10}"""));
        yield return new("CORD258", Res("""{"type":"integer","default":10}"""), Res("""{"type":"integer","default":20}"""), Res("""{"type":"integer","default":10}"""));
        var refs = """{"schemas":{"A":{"type":"string"},"B":{"type":"string","maxLength":5}}}""";
        yield return new("CORD344", Res("""{"$ref":"#/components/schemas/A"}""", refs), Res("""{"$ref":"#/components/schemas/B"}""", refs), Res("""{"$ref":"#/components/schemas/A"}""", refs));
    }
}
