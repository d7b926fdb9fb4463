using Microsoft.OpenApi;

namespace Concord.OpenApi.PactComparison;

internal sealed partial class InteractionChecks
{
    /// <summary>
    /// The compiled schema at <paramref name="site"/>. A schema the validator cannot compile (or a component it
    /// references that accepts anything for that reason) is reported once per pact (CORD133), naming its pointer:
    /// what it describes is not checked, and the report says so instead of passing it.
    /// </summary>
    private CompiledSchema? Compile(string site, IOpenApiSchema schema)
    {
        var compiled = schemas.Get(site, schema);
        foreach (var (pointer, reason) in schemas.Problems(site))
        {
            if (reportedSchemas.Add(pointer))
            {
                Report(
                    PactComparisonRules.SchemaNotCompiled,
                    $"the schema at {pointer} cannot be compiled by the JSON Schema validator ({reason}); the values it describes are not checked, here or in any other interaction of this pact",
                    pointer,
                    fix: "Correct the schema (a pattern must be a regular expression .NET reads, e.g. no \\p{Script=…} classes or unbalanced groups).");
            }
        }

        return compiled;
    }
}
