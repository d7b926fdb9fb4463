using System.Text.Json.Nodes;
using Concord.Cli.Systems;
using CsCheck;

namespace Concord.Cli.Tests.Systems;

/// <summary>
/// Generated system files, well-formed and damaged, JSON and YAML: each is read, or refused with one line that
/// starts with the file's path; nothing else escapes (no .NET exception of another kind, no stack trace).
/// CsCheck prints the seed of a failing case; set CsCheck_Seed to replay it.
/// </summary>
public sealed class SystemFilePropertyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-system-fuzz-").FullName;

    private static readonly Gen<JsonNode?> Value = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.String[Gen.Char.AlphaNumeric, 0, 6].Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.OneOf(Gen.Const("Api"), Gen.Const("Api/Api.csproj"), Gen.Const("/health"), Gen.Const("http://192.0.2.1/"), Gen.Const("${url:Api}"), Gen.Const("../x")).Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const<JsonNode?>(new JsonArray("Api", "Other")),
        Gen.Const<JsonNode?>(new JsonObject { ["K"] = "v" }));

    private static readonly string[] ServiceKeys = ["project", "openApi", "openApiUrl", "start", "health", "environment", "consumes", "env", "verifyHeaders", "port"];

    private static readonly Gen<JsonObject> Service =
        Gen.Select(Gen.Int[0, ServiceKeys.Length - 1].Array[0, 5], Value.Array[5], (keys, values) =>
        {
            var service = new JsonObject();
            for (var i = 0; i < keys.Length; i++)
            {
                service[ServiceKeys[keys[i]]] = values[i]?.DeepClone();
            }

            return service;
        });

    private static readonly Gen<string> SystemText =
        Gen.Select(Service.Array[0, 3], Gen.OneOf(Gen.Const((string?)null), Gen.Const<string?>("pacts"), Gen.Const<string?>(".")), Gen.Int[0, 4], Gen.Int[0, 200], (services, from, damage, at) =>
        {
            var root = new JsonObject();
            var named = new JsonObject();
            for (var i = 0; i < services.Length; i++)
            {
                named[i == 0 ? "Api" : $"S{i}"] = services[i];
            }

            root["services"] = named;
            if (from is not null)
            {
                root["from"] = from;
            }

            var text = root.ToJsonString();
            var cut = Math.Min(at, text.Length);
            return damage switch
            {
                0 => text[..cut],                                 // cut short
                1 => text.Insert(cut, "\u0000"),                  // a stray byte
                2 => text.Insert(cut, "}"),                       // a stray brace
                _ => text,                                        // well-formed
            };
        });

    [Fact]
    public void Any_system_file_is_read_or_refused_in_one_line_naming_it()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "Api"));
        File.WriteAllText(Path.Combine(_folder, "Api", "Api.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        var (read, refusedCount) = (0, 0);
        Gen.Select(SystemText, Gen.Bool).Sample((text, yaml) =>
        {
            // JSON is YAML too: the same text read through the YAML reader must behave as well.
            var file = Path.Combine(_folder, yaml ? "concord.yaml" : "concord.json");
            File.WriteAllText(file, text);
            try
            {
                SystemFile.Load(file);
                read++;
            }
            catch (SystemFileException refused)
            {
                Assert.StartsWith(file, refused.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', refused.Message);
                Assert.DoesNotContain("Concord.Cli", refused.Message, StringComparison.Ordinal);
                refusedCount++;
            }
        }, iter: 400, threads: 1);

        // Both paths were taken: the generator makes readable files as well as broken ones.
        Assert.True(read > 0 && refusedCount > 0, $"read {read}, refused {refusedCount}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
