using Concord.Core.Findings;
using Concord.OpenApi.Loading;
using Concord.OpenApi.PactComparison;

namespace Concord.OpenApi.Tests.PactComparison;

/// <summary>Runs the comparison on documents and pacts written in the tests.</summary>
internal static class Comparing
{
    public static IReadOnlyList<Finding> Run(string openApi, string pact, string documentName = "openapi.json") =>
        new PactComparer(SpecLoader.LoadText(documentName, openApi)).Compare(PactReader.ReadText("consumer-provider.json", pact));

    public static IReadOnlyList<string> Rules(IEnumerable<Finding> findings) => [.. findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal)];

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Contracts.sln above " + AppContext.BaseDirectory);
    }
}
