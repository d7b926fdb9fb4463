namespace Concord.Cli.Rules;

/// <summary>The rule pages and analyzer release files the tool carries as resources (see Concord.Cli.csproj).</summary>
internal static class RulePages
{
    /// <summary>The resource's text, or <c>null</c> when the tool carries no such resource.</summary>
    public static string? Read(string name)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>Names of the resources under <paramref name="prefix"/>, e.g. <c>docs/analyzers/</c>.</summary>
    public static IEnumerable<string> Under(string prefix) =>
        typeof(RulePages).Assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
