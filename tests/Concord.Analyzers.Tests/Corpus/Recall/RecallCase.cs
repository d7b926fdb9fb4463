namespace Concord.Analyzers.Tests.Corpus.Recall;

/// <summary>
/// One case of the recall corpus: a small compilation unit written for this corpus in the shape of public
/// client code, and whether <see cref="Rule"/> must report on it (at least once) or must stay silent.
/// </summary>
internal sealed record RecallCase(string Rule, bool MustFlag, string Name, string Source)
{
    public override string ToString() => $"{Rule} {(MustFlag ? "flag" : "quiet")}: {Name}";

    public static RecallCase Flag(string rule, string name, string source) => new(rule, true, name, source);

    public static RecallCase Quiet(string rule, string name, string source) => new(rule, false, name, source);
}
