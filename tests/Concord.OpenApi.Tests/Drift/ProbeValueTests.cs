using Concord.OpenApi.Drift;
using Concord.OpenApi.Loading;

namespace Concord.OpenApi.Tests.Drift;

/// <summary>Probe values from real parameter schemas, read by the loader as check reads them.</summary>
public sealed class ProbeValueTests
{
    [Theory]
    [InlineData("{type: integer, format: int32}", "1")]
    [InlineData("{type: integer, minimum: 10}", "10")]
    [InlineData("{type: integer, maximum: -5}", "-5")]
    [InlineData("{type: boolean}", "true")]
    [InlineData("{type: string, format: uuid}", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("{type: string, format: date}", "2024-01-01")]
    [InlineData("{type: string, format: date-time}", "2024-01-01T00:00:00Z")]
    [InlineData("{type: string, enum: [open, closed]}", "open")]
    [InlineData("{type: string, default: recent}", "recent")]
    [InlineData("{type: string, example: fraud-detector}", "fraud-detector")]
    [InlineData("{type: string, pattern: '^[A-Z]{3}$'}", "AAA")]
    [InlineData("{type: string, pattern: '^ord-\\d+$'}", "ord-1")]
    [InlineData("{type: string, pattern: '^-?(?:0|[1-9]\\d*)$'}", "1")]
    [InlineData("{type: array, items: {type: integer}}", "1")]
    [InlineData("{type: string}", null)]
    public void A_schema_gives_a_value_it_accepts(string schema, string? expected)
    {
        var document = SpecLoader.LoadText("values.yaml", $$$"""
            openapi: 3.0.3
            info: {title: values, version: '1'}
            paths:
              /things/{id}:
                get:
                  parameters: [{name: id, in: path, required: true, schema: {{{schema}}}}]
                  responses: {'200': {description: ok}}
            """);

        var parameter = Assert.Single(Assert.Single(DocumentedOperation.Of(document)).Parameters);

        Assert.Equal(expected, parameter.ProbeValue);
    }

    [Fact]
    public void A_parameter_example_wins_and_required_query_parameters_are_sent_optional_ones_not()
    {
        var document = SpecLoader.LoadText("values.yaml", """
            openapi: 3.1.0
            info: {title: values, version: '1'}
            paths:
              /models/{name}/versions:
                parameters:
                  - {name: name, in: path, required: true, schema: {type: string}, examples: {one: {value: fraud detector}}}
                get:
                  parameters:
                    - {name: stage, in: query, required: true, schema: {type: string, enum: [production, staging]}}
                    - {name: limit, in: query, schema: {type: integer}}
                  responses: {'200': {description: ok}}
            """);

        var operation = Assert.Single(DocumentedOperation.Of(document));

        Assert.Equal("/models/fraud%20detector/versions?stage=production", operation.ProbePath());
    }

    [Fact]
    public void A_query_the_path_key_carries_is_sent_with_the_required_ones()
    {
        var document = SpecLoader.LoadText("values.yaml", """
            openapi: 3.1.0
            info: {title: values, version: '1'}
            paths:
              /responses/{id}?beta=true:
                get:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                    - {name: include, in: query, required: true, schema: {type: boolean}}
                  responses: {'200': {description: ok}}
            """);

        var operation = Assert.Single(DocumentedOperation.Of(document));

        Assert.Equal("/responses/3f2504e0-4f89-11d3-9a0c-0305e82c3301?beta=true&include=true", operation.ProbePath());
    }
}
