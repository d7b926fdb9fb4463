namespace Concord.Analyzers.Infrastructure;

internal static class RuleCategories
{
    public const string Security = "Security";
    public const string Reliability = "Reliability";
}
