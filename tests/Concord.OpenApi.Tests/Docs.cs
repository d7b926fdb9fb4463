using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

/// <summary>Small OpenAPI documents for tests, written as JSON so whitespace never matters.</summary>
internal static class Docs
{
    public const string Ok = """{"200":{"description":"ok"}}""";

    public static string Doc(string paths, string components = "{}", string top = "") =>
        """{"openapi":"3.0.3","info":{"title":"t","version":"1"},""" + top + "\"paths\":" + paths + ",\"components\":" + components + "}";

    /// <summary>One operation; <paramref name="operation"/> is the operation object's members.</summary>
    public static string Op(string operation, string path = "/items", string method = "get", string components = "{}", string top = "") =>
        Doc("{\"" + path + "\":{\"" + method + "\":{" + operation + "}}}", components, top);

    public static string OpWithResponses(string members, string path = "/items", string method = "get", string components = "{}", string top = "") =>
        Op($"{members}{(members.Length > 0 ? "," : "")}\"responses\":{Ok}", path, method, components, top);

    /// <summary>A required JSON request body with the given schema.</summary>
    public static string Req(string schema, string components = "{}") =>
        OpWithResponses("\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":" + schema + "}}}", method: "post", components: components);

    /// <summary>A 200 JSON response with the given schema.</summary>
    public static string Res(string schema, string components = "{}") =>
        Op("\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":" + schema + "}}}}", components: components);

    public static string Param(string parameter) => OpWithResponses($"\"parameters\":[{parameter}]");

    public static IReadOnlyList<Finding> Compare(string before, string after, SpecDiffOptions? options = null) =>
        SpecDiff.Compare(SpecLoader.LoadText("base.json", before), SpecLoader.LoadText("revision.json", after), options);
}
