using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests;

/// <summary>
/// A 3.1 document that keeps 3.0's boolean exclusiveMinimum (many published ones do) is read as the bound it means,
/// so the diff sees a raised bound; names and data that merely look like the keyword are left alone.
/// </summary>
public sealed class LegacyExclusiveBoundsTests
{
    private const string Template = """
        {"openapi":"VERSION","info":{"title":"t","version":"1"},
         "paths":{"/items":{"get":{"parameters":[{"name":"n","in":"query","schema":SCHEMA}],"responses":{"200":{"description":"ok"}}}}}}
        """;

    private static string Document(string version, string schema) =>
        Template.Replace("VERSION", version, StringComparison.Ordinal).Replace("SCHEMA", schema, StringComparison.Ordinal);

    [Theory]
    [InlineData("3.1.0")]
    [InlineData("3.2.0")]
    [InlineData("3.0.3")]
    public void A_raised_exclusive_minimum_in_the_boolean_form_is_breaking(string version)
    {
        var before = SpecLoader.LoadText("base.json", Document(version, """{"type":"integer","minimum":1,"exclusiveMinimum":true}"""));
        var after = SpecLoader.LoadText("revision.json", Document(version, """{"type":"integer","minimum":5,"exclusiveMinimum":true}"""));

        var raised = Assert.Single(SpecDiff.Compare(before, after), f => f.RuleId == "CORD298");
        Assert.Contains("exclusiveMinimum: raised from 1 to 5", raised.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_31_document_is_told_where_the_first_boolean_bound_was_read_as_a_number()
    {
        var document = SpecLoader.LoadText("api.json", Document("3.1.0", """{"type":"integer","maximum":9,"exclusiveMaximum":true}"""));

        var schema = document.Model.Paths["/items"].Operations!.Single().Value.Parameters![0].Schema!;
        Assert.Equal("9", schema.ExclusiveMaximum);
        Assert.Null(schema.Maximum);
        var warning = Assert.Single(document.Warnings, w => w.Message.Contains("exclusiveMinimum/exclusiveMaximum", StringComparison.Ordinal));
        Assert.Equal("#/paths/~1items/get/parameters/0/schema", warning.Pointer);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void A_false_flag_keeps_the_inclusive_bound()
    {
        var document = SpecLoader.LoadText("api.json", Document("3.1.0", """{"type":"integer","minimum":3,"exclusiveMinimum":false}"""));

        var schema = document.Model.Paths["/items"].Operations!.Single().Value.Parameters![0].Schema!;
        Assert.Equal("3", schema.Minimum);
        Assert.Null(schema.ExclusiveMinimum);
    }

    [Fact]
    public void A_property_named_like_the_keyword_and_example_data_are_not_rewritten()
    {
        var document = SpecLoader.LoadText("api.json", Document("3.1.0", """
            {"type":"object","minimum":2,
             "properties":{"exclusiveMinimum":true,"minimum":{"type":"integer"}},
             "example":{"minimum":4,"exclusiveMinimum":true}}
            """));

        var schema = document.Model.Paths["/items"].Operations!.Single().Value.Parameters![0].Schema!;
        Assert.Equal("2", schema.Minimum);
        Assert.Equal(["exclusiveMinimum", "minimum"], schema.Properties!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("\"exclusiveMinimum\": true", schema.Example!.ToJsonString().Replace(":true", ": true", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(document.Warnings, w => w.Message.Contains("exclusiveMinimum/exclusiveMaximum", StringComparison.Ordinal));
    }
}
