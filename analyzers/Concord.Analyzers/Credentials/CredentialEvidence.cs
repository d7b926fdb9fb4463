using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Credentials;

/// <summary>Why a value is believed to be a credential: the name it was read from, and what kind that name says.</summary>
internal sealed class CredentialEvidence
{
    private CredentialEvidence(CredentialKind kind, ValueOrigin origin)
    {
        Kind = kind;
        Origin = origin;
    }

    public CredentialKind Kind { get; }

    public ValueOrigin Origin { get; }

    /// <summary>"API key 'apiKey'" or "API key from configuration key 'Auth:ApiKey'".</summary>
    public string Describe() => Origin.IsConfiguration
        ? $"{Kind.Describe()} from {Origin.Describe()}"
        : $"{Kind.Describe()} {Origin.Describe()}";

    public static CredentialEvidence? Of(IOperation? value, KnownSymbols symbols, CredentialNames names)
    {
        foreach (var origin in ValueOrigins.Trace(value, symbols))
        {
            if (names.Classify(origin.ClassifiedName) is { } kind)
            {
                return new CredentialEvidence(kind, origin);
            }
        }

        return null;
    }
}
