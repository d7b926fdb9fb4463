namespace Concord.Pact.Consumer;

/// <summary>What every consumer pact has, whatever its interactions: the pair it binds, its options and its file.</summary>
public abstract class PactBuilderBase
{
    private protected PactBuilderBase(string consumer, string provider, PactOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        Consumer = consumer;
        Provider = provider;
        Options = options ?? new PactOptions();
    }

    public string Consumer { get; }

    public string Provider { get; }

    public PactOptions Options { get; }

    private protected List<(string Namespace, string Name, string Value)> Metadata { get; } = [];

    /// <summary>
    /// Adds an entry to the pact file's metadata, under <c>metadata.&lt;namespace&gt;.&lt;name&gt;</c>
    /// (e.g. the consumer's build, a team name). The <c>pactSpecification</c> and <c>concord</c> namespaces are the core's and Concord's.
    /// </summary>
    public PactBuilderBase WithPactMetadata(string @namespace, string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(@namespace);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (@namespace is "pactSpecification" or "concord" or "pactRust")
        {
            throw new ArgumentException($"Metadata namespace \"{@namespace}\" is written by the core or by Concord; choose another.", nameof(@namespace));
        }

        Metadata.Add((@namespace, name, value));
        return this;
    }

    /// <summary>The file this pact is written to.</summary>
    public string PactFilePath => Path.Combine(Options.PactDirectory, $"{Consumer}-{Provider}.json");

    /// <summary>Interactions are told apart by description, in pact files and in verification results alike.</summary>
    private protected static void RequireUniqueDescription(IEnumerable<string> existing, string description, string noun)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (existing.Contains(description, StringComparer.Ordinal))
        {
            throw new ArgumentException($"This pact already has {noun} \"{description}\"; descriptions must be unique.", nameof(description));
        }
    }
}
