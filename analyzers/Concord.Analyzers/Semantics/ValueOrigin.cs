using Concord.Analyzers.Credentials;

namespace Concord.Analyzers.Semantics;

/// <summary>Where a value comes from: a named symbol, a configuration key or an environment variable.</summary>
internal sealed class ValueOrigin
{
    public ValueOrigin(ValueOriginKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public ValueOriginKind Kind { get; }

    /// <summary>The symbol's name, or the configuration key / variable name as written.</summary>
    public string Name { get; }

    public bool IsConfiguration => Kind is ValueOriginKind.ConfigurationKey or ValueOriginKind.EnvironmentVariable;

    /// <summary>The name to classify: for configuration keys, the last path segment (<c>Auth:ApiKey</c> → <c>ApiKey</c>).</summary>
    public string ClassifiedName => IsConfiguration ? IdentifierWords.LastConfigurationSegment(Name) : Name;

    public string Describe() => Kind switch
    {
        ValueOriginKind.ConfigurationKey => $"configuration key '{Name}'",
        ValueOriginKind.EnvironmentVariable => $"environment variable '{Name}'",
        _ => $"'{Name}'",
    };
}
