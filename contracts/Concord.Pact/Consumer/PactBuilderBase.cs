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
