using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

/// <summary>
/// The shapes that used to be slow, checked for the right answer (their speed is measured in
/// tests/Concord.Benchmarks/OpenApi/SlowShapeBenchmarks.cs, never asserted here).
/// </summary>
public sealed class SlowShapeTests
{
    [Fact]
    public void Positions_on_one_long_line_count_characters_not_bytes()
    {
        // Columns are in UTF-16 code units, as editors count them: the emoji takes two.
        var text = """{"a":"é€😀","b":[1,{"c":2}]}""" + "\n" + """ {"d":3}""";
        var utf8 = Encoding.UTF8.GetBytes(text);
        var positions = new TextPositions(utf8);

        foreach (var (needle, line, column) in new[] { ("\"b\"", 1, 13), ("{\"c\"", 1, 20), ("{\"d\"", 2, 2) })
        {
            var offset = Encoding.UTF8.GetByteCount(text[..text.IndexOf(needle, StringComparison.Ordinal)]);
            Assert.Equal((line, column), positions.At(offset));
        }
    }

    [Fact]
    public void Positions_asked_for_out_of_order_are_still_right()
    {
        var utf8 = Encoding.UTF8.GetBytes("ééééé:x");
        var positions = new TextPositions(utf8);

        Assert.Equal((1, 6), positions.At(10));
        Assert.Equal((1, 3), positions.At(4));
    }

    [Fact]
    public void A_minified_document_maps_every_object_where_the_pretty_one_does_on_its_own_line()
    {
        var document = JsonNode.Parse(Docs.Res("""{"type":"object","properties":{"né":{"type":"string"}}}"""))!;
        var minified = document.ToJsonString();

        var loaded = SpecLoader.LoadText("min.json", minified);

        // Every object is on line 1; its column is where its brace is, counted in characters.
        const string pointer = "#/paths/~1items/get/responses/200/content/application~1json/schema/properties/n\u00e9";
        var position = loaded.Map.Find(pointer);
        Assert.NotNull(position);
        Assert.Equal(1, position.Value.Line);
        Assert.Equal('{', minified[position.Value.Column - 1]);
        Assert.StartsWith("""{"type":"string"}""", minified[(position.Value.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_chain_of_reference_only_schemas_loads_and_a_change_at_its_end_is_found()
    {
        var before = SpecLoader.LoadText("before.json", Chain(2_000, "string"));
        var after = SpecLoader.LoadText("after.json", Chain(2_000, "integer"));

        var findings = SpecDiff.Compare(before, after);

        Assert.Contains(findings, f => f.RuleId == "CORD281" && f.Message.Contains("S2000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_chain_that_comes_back_on_itself_is_still_refused()
    {
        var circular = JsonNode.Parse(Chain(500, "string"))!;
        circular["components"]!["schemas"]!["S500"] = new JsonObject { ["$ref"] = "#/components/schemas/S250" };

        var error = Assert.Throws<SpecLoadException>(() => SpecLoader.LoadText("api.json", circular.ToJsonString()));

        Assert.Contains("circular $ref chain", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A response schema S0 → S1 → … → S<paramref name="length"/>, whose last link is a real schema of <paramref name="type"/>.</summary>
    internal static string Chain(int length, string type)
    {
        var schemas = new JsonObject();
        for (var i = 0; i < length; i++)
        {
            schemas[$"S{i}"] = new JsonObject { ["$ref"] = $"#/components/schemas/S{i + 1}" };
        }

        schemas[$"S{length}"] = new JsonObject { ["type"] = type };
        var document = JsonNode.Parse(Docs.Res("""{"$ref":"#/components/schemas/S0"}""", "{}"))!.AsObject();
        document["components"] = new JsonObject { ["schemas"] = schemas };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
