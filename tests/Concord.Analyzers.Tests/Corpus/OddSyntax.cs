using System.Text;

namespace Concord.Analyzers.Tests.Corpus;

/// <summary>
/// C# that an analyzer meets in an IDE and rarely in its own tests: half-typed code, every newer
/// language form, pathological sizes and nesting. Many snippets sit close to the shapes the rules
/// look for (headers, JSON bodies, URL fallbacks, credential literals), so that the rules' own
/// code paths, not just the compiler's, walk over them.
/// </summary>
internal static class OddSyntax
{
    public static IEnumerable<string> Snippets()
    {
        // Half-typed code, as the IDE analyzes it between keystrokes.
        yield return """class C { void M(HttpClient c, string apiKey) { c.DefaultRequestHeaders.Add("Authorization", ) } }""";
        yield return """class C { void M(HttpClient c, string apiKey) { c.DefaultRequestHeaders.Add("Authorization", apiKey """;
        yield return """class C { void M(HttpClient c, string apiKey) { c.DefaultRequestHeaders.Add(""";
        yield return """class C { void M(HttpClient c) { c.DefaultRequestHeaders.Add("Authorization, "abc); } }""";
        yield return """class C { void M(HttpClient c, string k) { c.DefaultRequestHeaders.Add("Authorization" k) c.GetAsync("x") } }""";
        yield return """class C { async Task M(HttpClient h, string apiKey) { await h.PostAsJsonAsync("u", new { api_key = }); } }""";
        yield return """class C { async Task M(HttpClient h, string apiKey) { await h.PostAsJsonAsync(, new { api_key = apiKey """;
        yield return """class C { string U() => Environment.GetEnvironmentVariable() ?? "http://localhost:5000"; }""";
        yield return """class C { string U() => Environment.GetEnvironmentVariable("X") ?? ; }""";
        yield return """class C { string U() => ?? "http://127.0.0.1"; }""";
        yield return """class C { async Task M(HttpClient h, string apiKey, string b) { await h.GetAsync($"{b}/m?api_key={apiKey"); } }""";
        yield return """class C { async Task M(HttpClient h, string apiKey) { await h.GetAsync($"{}/m?api_key={}"); } }""";
        // Refit-named attributes whose constructors take arrays: an array argument has no single value to read.
        yield return """
            namespace Refit
            {
                [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class PostAttribute(params string[] paths) : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class AuthorizeAttribute(params string[] schemes) : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class AliasAsAttribute(params string[] names) : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.Parameter)] public sealed class BodyAttribute : System.Attribute { }
            }

            public sealed record Key(string ApiKey);

            public interface IKeys
            {
                [Refit.Post("a", "b")]
                System.Threading.Tasks.Task Send([Refit.Body] Key body, [Refit.Authorize("Bearer", "Token")] string token, [Refit.AliasAs("q", "r")] string query);
            }
            """;
        yield return """class C { const string ApiKey = "sk_live_""";
        yield return """class C { const string ApiKey = "unterminated """;
        yield return "class C { const string Token = @\"unterminated\n verbatim";
        yield return "class C { string s = \"\"\"\n raw never closed";
        yield return "class C { void M() { var x = $\"\"\"{ \n } }";
        yield return "class C { void M( { } } }";
        yield return "}}}}{{{{ ;;;; ))))(((( ";
        yield return "namespace ; class ; struct ; record ; interface ;";
        yield return "#if DEBUG\nclass C {\n#else\nclass D {\n#endif\n void M() { }";
        yield return "#region\nclass C { #pragma warning disable CORD005\n void M(HttpClient c, string k) { c.DefaultRequestHeaders.Add(\"Authorization\", k); } }";
        yield return "";
        yield return "\0\u0001\uFFFF\uD800";
        yield return "class C { void M() { var x = 1 +; var y = ; var = 3; } }";
        yield return "class C { int this[ => 1; event; operator +(; }";

        // Calls whose names match but whose shapes do not.
        yield return """"
            class C
            {
                void M(HttpClient c, string apiKey, dynamic d, object o)
                {
                    c.DefaultRequestHeaders.Add(default, default);
                    c.DefaultRequestHeaders.Add(null!, (string?)null);
                    c.DefaultRequestHeaders.Add("Authorization", d);
                    c.DefaultRequestHeaders.Add("Authorization", (string)o);
                    c.DefaultRequestHeaders.Add("Authorization", new[] { apiKey });
                    c.DefaultRequestHeaders.Add(value: apiKey, name: "Authorization");
                    c.DefaultRequestHeaders.Add("Authorization", apiKey, apiKey);
                    c.DefaultRequestHeaders.Add("Authorization", __arglist(apiKey));
                    c.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", (IEnumerable<string>)new[] { apiKey });
                    c.DefaultRequestHeaders.Authorization = System.Net.Http.Headers.AuthenticationHeaderValue.Parse(default!);
                    System.Net.Http.Headers.AuthenticationHeaderValue.TryParse(apiKey, out var parsed);
                    _ = new System.Net.Http.Headers.AuthenticationHeaderValue(default!);
                    _ = new System.Net.Http.Headers.AuthenticationHeaderValue(apiKey, null);
                    _ = new System.Net.Http.Headers.AuthenticationHeaderValue();
                    d.DefaultRequestHeaders.Add("Authorization", apiKey);
                    ((dynamic)c).DefaultRequestHeaders.Add("Authorization", apiKey);
                    c?.DefaultRequestHeaders?.Add("Authorization", apiKey?.Trim()!);
                    c.DefaultRequestHeaders.Add("Authorization", $"");
                    c.DefaultRequestHeaders.Add("Authorization", $"{apiKey}");
                    c.DefaultRequestHeaders.Add("Authorization", $"{apiKey}{apiKey}");
                    c.DefaultRequestHeaders.Add("Authorization", $"{{}}");
                    c.DefaultRequestHeaders.Add("Authorization", """ "raw" """);
                    c.DefaultRequestHeaders.Add("Authorization", $$"""{{apiKey}}""");
                    c.DefaultRequestHeaders.Add("Authorization", "" + "");
                    c.DefaultRequestHeaders.Add("Authorization", string.Empty);
                    c.DefaultRequestHeaders.Add("Authorization", apiKey switch { null => "", _ => apiKey });
                    c.DefaultRequestHeaders.Add("Authorization", apiKey is { Length: > 0 } ? apiKey : throw new Exception());
                    c.DefaultRequestHeaders.Add("Authorization", Local());
                    string Local() => apiKey;
                }
            }

            static class HeaderExtensions
            {
                public static void Add(this System.Net.Http.Headers.HttpHeaders headers, string name, string value, string extra) { }
                public static void Add(this System.Net.Http.Headers.HttpHeaders headers, string name, __arglist) { }
            }
            """";

        // Look-alike types from other namespaces.
        yield return """
            namespace Fake
            {
                class HttpClient { public Headers DefaultRequestHeaders { get; } = new(); public Task PostAsJsonAsync(string u, object o) => Task.CompletedTask; }
                class Headers { public void Add(string n, string v) { } }
                class AuthenticationHeaderValue { public AuthenticationHeaderValue(string s) { } public static AuthenticationHeaderValue Parse(string s) => new(s); }
                class Environment { public static string? GetEnvironmentVariable(string n) => null; }
                class C
                {
                    async Task M(HttpClient c, string apiKey)
                    {
                        c.DefaultRequestHeaders.Add("Authorization", apiKey);
                        _ = AuthenticationHeaderValue.Parse(apiKey);
                        _ = new AuthenticationHeaderValue(apiKey);
                        await c.PostAsJsonAsync("u", new { api_key = apiKey });
                        var url = Environment.GetEnvironmentVariable("URL") ?? "http://localhost";
                    }
                }
            }
            """;

        // Newer language forms.
        yield return """
            var apiKey = args.Length > 0 ? args[0] : "";
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", apiKey);
            var url = Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? "http://[::1]:5000";
            await http.PostAsJsonAsync(url, new { api_key = apiKey });
            record Settings(string ApiKey, string Url = "http://0.0.0.0:8080");
            """;
        yield return """"
            public record struct Token(string Value);
            public readonly record struct Key(string ApiKey) { public string Header => ApiKey; }
            public sealed class Client(HttpClient http, string apiKey, string baseUrl = "http://127.0.0.5")
            {
                private readonly string[] _keys = [apiKey, .. new[] { "a" }, "hk_live_", ..[]];
                private readonly List<string> _empty = [];
                public Task<HttpResponseMessage> Send() => http.GetAsync($"{baseUrl}/x?token={apiKey}&page_token={_keys[^1]}");
                public Task<HttpResponseMessage> Json() => http.PostAsJsonAsync(baseUrl, new Dictionary<string, string> { ["api_key"] = apiKey, ["k"] = default! });
                public HttpContent Body() => JsonContent.Create(new { token = apiKey, client_secret = default(string) });
                public object Node() => new System.Text.Json.Nodes.JsonObject { ["password"] = apiKey, ["x"] = null };
                public string Raw => $$$"""{"api_key": "{{{apiKey}}}", "{{x}}": {{{1 + 1}}}}""";
                public ReadOnlySpan<byte> Bytes => "sk_live_bytes"u8;
                public string Default(string url = default!) => url ??= "http://localhost";
                public static implicit operator string(Client c) => c._keys[0];
                public string this[string key] => key switch { "a" => "http://localhost", _ => throw new() };
            }
            file sealed class Hidden { required public string Secret { get; init; } = "changeme"; }
            public interface IHeaders { static abstract void Add(string n, string v); }
            public ref struct Stack { public Span<int> S; }
            """";
        yield return """
            unsafe class U
            {
                fixed int _a[4];
                delegate*<int, void> _f;
                void M(HttpClient c, string apiKey)
                {
                    int* p = stackalloc int[3];
                    char* k = stackalloc char[] { 'a' };
                    c.DefaultRequestHeaders.Add("Authorization", new string(k));
                    var t = __makeref(apiKey);
                    var r = __reftype(t);
                    var v = __refvalue(t, string);
                    c.DefaultRequestHeaders.Add("Authorization", v);
                    Vararg(__arglist(apiKey, 1));
                }
                void Vararg(__arglist) { var it = new ArgIterator(__arglist); }
            }
            """;
        yield return """
            class G<T> where T : HttpClient, new()
            {
                async IAsyncEnumerable<T> M<TKey>(TKey key, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default) where TKey : notnull
                {
                    var c = new T();
                    c.DefaultRequestHeaders.Add("Authorization", key.ToString()!);
                    await foreach (var x in M(key, ct)) { yield return x; }
                    Func<string, Task> f = async apiKey => await c.PostAsJsonAsync("http://localhost", new { apiKey });
                    Action<string> g = static apiKey => new HttpClient().DefaultRequestHeaders.Add("Authorization", apiKey);
                    var lambda = (string token = "http://localhost") => token;
                    yield break;
                }
            }
            """;
        yield return """
            class Config(Microsoft.Extensions.Configuration.IConfiguration configuration)
            {
                public string A => configuration["Upstream:Url"] ?? "http://localhost:5000";
                public string B => configuration.GetValue<string>("Upstream:Url", "http://127.0.0.1:5000")!;
                public string C => string.IsNullOrEmpty(configuration["U"]) ? "http://localhost" : configuration["U"]!;
                public string D { get; set; } = "http://localhost:5000";
                public string E(string url = "http://localhost") => url;
                public string F => configuration.GetSection("Auth")["ApiKey"] switch { null => "http://localhost", var s => s };
                public string G => configuration["U"] is { } u ? u : "http://localhost";
                public string H => (configuration["U"] ?? (configuration["V"] ?? (configuration["W"] ?? "http://localhost")));
            }
            """;

        yield return HugeConcatenation(3000);
        yield return DeeplyNested(200);
        yield return LongMethod(1500);
        yield return ManyTypes(300);
        yield return "class C { string s = \"" + new string('x', 200_000) + "\"; }";
        yield return "class C { const string ApiKey = \"sk_live_" + new string('A', 10_000) + "\"; }";
    }

    /// <summary>"a" + apiKey + "b" + … 'terms' times, into a header and a URL.</summary>
    private static string HugeConcatenation(int terms)
    {
        var value = new StringBuilder("\"Bearer \"");
        for (var i = 0; i < terms; i++)
        {
            value.Append(i % 2 == 0 ? " + apiKey" : $" + \"{i}\"");
        }

        return $$"""
            class Huge
            {
                void M(HttpClient c, string apiKey)
                {
                    c.DefaultRequestHeaders.Add("Authorization", {{value}});
                    _ = c.GetAsync("http://h/?api_key=" + {{value}});
                    var url = Environment.GetEnvironmentVariable("U") ?? {{value}};
                }
            }
            """;
    }

    /// <summary>Parentheses, conditionals, coalescing and lambdas nested 'depth' deep around credential values.</summary>
    private static string DeeplyNested(int depth)
    {
        var parens = new string('(', depth) + "apiKey" + new string(')', depth);
        var coalesce = string.Concat(Enumerable.Range(0, depth).Select(i => $"Environment.GetEnvironmentVariable(\"U{i}\") ?? ")) + "\"http://localhost\"";
        var conditional = string.Concat(Enumerable.Range(0, depth / 2).Select(i => $"apiKey.Length == {i} ? apiKey : ")) + "apiKey";
        var lambdas = string.Concat(Enumerable.Range(0, depth / 4).Select(_ => "((Func<string>)(() => ")) + "apiKey" + string.Concat(Enumerable.Range(0, depth / 4).Select(_ => "))()"));
        var trims = "apiKey" + string.Concat(Enumerable.Repeat(".Trim()", depth));

        return $$"""
            class Deep
            {
                void M(HttpClient c, string apiKey)
                {
                    c.DefaultRequestHeaders.Add("Authorization", {{parens}});
                    c.DefaultRequestHeaders.Add("Authorization", {{conditional}});
                    c.DefaultRequestHeaders.Add("Authorization", {{lambdas}});
                    c.DefaultRequestHeaders.Add("Authorization", {{trims}});
                    var url = {{coalesce}};
                }
            }
            """;
    }

    /// <summary>One method with 'statements' statements, many of them reassigning and reusing the same locals.</summary>
    private static string LongMethod(int statements)
    {
        var body = new StringBuilder();
        body.AppendLine("var k0 = apiKey;");
        for (var i = 1; i < statements; i++)
        {
            body.AppendLine($"var k{i} = k{i - 1};");
            if (i % 50 == 0)
            {
                body.AppendLine($"c.DefaultRequestHeaders.Add(\"Authorization\", k{i});");
            }
        }

        return $$"""
            class Long
            {
                void M(HttpClient c, string apiKey)
                {
                    {{body}}
                }
            }
            """;
    }

    private static string ManyTypes(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i =>
            $"partial class P{i % 7} {{ public string Key{i} {{ get; }} = \"k{i}\"; void M{i}(HttpClient c) => c.DefaultRequestHeaders.Add(\"Authorization\", Key{i}); }}\n"));
}
