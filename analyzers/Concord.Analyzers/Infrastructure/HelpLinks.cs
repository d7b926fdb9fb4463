namespace Concord.Analyzers.Infrastructure;

internal static class HelpLinks
{
    // Every rule's page lives next to the analyzers as analyzers/docs/CORDnnn.md.
    private const string DocsRoot = "https://github.com/concord-contracts/concord/blob/main/analyzers/docs/";

    public static string For(string ruleId) => DocsRoot + ruleId + ".md";
}
