using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// The providers' documents a project gives the analyzers: AdditionalFiles with the metadata
/// <c>ConcordProvider</c> (and optionally <c>ConcordBaseAddress</c>). Each distinct text is parsed once,
/// whatever number of compilations and rules read it.
/// </summary>
internal static class ProviderDocuments
{
    public const string ProviderMetadata = "build_metadata.AdditionalFiles.ConcordProvider";
    public const string BaseAddressMetadata = "build_metadata.AdditionalFiles.ConcordBaseAddress";

    /// <summary>A custom tag on rules that only speak when a provider document is given, so tools and tests can tell them apart.</summary>
    public const string Tag = "ConcordProviderDocument";

    private const int MaxCachedTexts = 64;

    private static readonly ConcurrentDictionary<string, Lazy<ProviderOperations?>> ByContent = new(StringComparer.Ordinal);

    /// <summary>Called with the text of each document parsed; tests count parses with it. Never set in a build.</summary>
    internal static Action<string>? ParsedForTests;

    /// <summary>The documents of this compilation; empty (and nothing read) when no AdditionalFile has the metadata.</summary>
    public static ImmutableArray<ProviderDocument> Of(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var documents = ImmutableArray.CreateBuilder<ProviderDocument>();
        foreach (var file in options.AdditionalFiles)
        {
            var metadata = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!metadata.TryGetValue(ProviderMetadata, out var provider) || string.IsNullOrWhiteSpace(provider))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            var key = Convert.ToBase64String(text.GetChecksum().ToArray()) + ":" + text.Length;
            if (!ByContent.TryGetValue(key, out var parsed))
            {
                if (ByContent.Count >= MaxCachedTexts)
                {
                    ByContent.Clear();
                }

                // One parse per text even when the three spec-aware rules start on the same compilation at once:
                // every rule that finds no entry gets the same lazy value, and only one of them runs it.
                parsed = ByContent.GetOrAdd(key, _ => new Lazy<ProviderOperations?>(() => Parse(text), LazyThreadSafetyMode.ExecutionAndPublication));
            }

            var operations = parsed.Value;
            if (operations is null)
            {
                continue;
            }

            metadata.TryGetValue(BaseAddressMetadata, out var baseAddress);
            documents.Add(new ProviderDocument(file.Path, provider.Trim(), baseAddress?.Trim() ?? string.Empty, operations));
        }

        return documents.ToImmutable();
    }

    private static ProviderOperations? Parse(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        var json = text.ToString();
        ParsedForTests?.Invoke(json);
        return OpenApiDocumentReader.Read(json, out _);
    }

    /// <summary>The document's file name, for messages: <c>auth-service.json</c>.</summary>
    public static string FileNameOf(ProviderDocument document) => Path.GetFileName(document.FilePath);

    internal static IEnumerable<string> CachedKeysForTests => ByContent.Keys;
}
