namespace ModelRegistry.Sample.Tests.Check;

/// <summary>
/// Every test that runs <c>concord check</c> builds the same sample projects with <c>dotnet build</c>;
/// two builds of one project at once race on its obj folder, so these tests run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConcordCheckCollection
{
    public const string Name = "concord check builds the sample projects";
}
