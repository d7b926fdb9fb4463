using Concord.Cli.Tests.Support;
using System.Reflection;
using System.Text.Json;
using Concord.Cli.Systems;
using NJsonSchema;

namespace Concord.Cli.Tests.Systems;

/// <summary>The published schema of system files says what the reader reads: the samples validate, typos do not.</summary>
public sealed class SystemFileSchemaTests
{
    private static readonly string s_repository = Repository.Root;
    private static readonly string s_schemaFile = Path.Combine(s_repository, "contracts", "docs", "concord-system.schema.json");

    [Theory]
    [InlineData("contracts/samples/concord.json")]
    [InlineData("contracts/samples/concord.as-reported.json")]
    public async Task The_sample_system_files_validate(string file)
    {
        var schema = await JsonSchema.FromFileAsync(s_schemaFile);

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(s_repository, file)));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_misspelt_service_property_does_not_validate()
    {
        var schema = await JsonSchema.FromFileAsync(s_schemaFile);

        var errors = schema.Validate("""{ "services": { "Api": { "project": "Api", "helth": "/h" } } }""");

        Assert.NotEmpty(errors);
        Assert.Contains("services.Api.helth", string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
    }

    [Fact]
    public void The_schema_names_exactly_the_properties_the_reader_reads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(s_schemaFile));
        var root = schema.RootElement;

        Assert.Equal(Names(typeof(SystemFile.RawSystem)), root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Names(typeof(SystemFile.RawService)), root.GetProperty("$defs").GetProperty("service").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Names(Type type) => type.GetProperties()
        .Where(p => p.Name != "EqualityContract")
        .Select(p => p.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .Order(StringComparer.Ordinal);

}
