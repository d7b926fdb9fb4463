using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Concord.Analyzers.Credentials;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Concord.Analyzers.Configuration;

/// <summary>
/// Concord's <c>.editorconfig</c> options for one syntax tree. Every key is documented on
/// the rule pages (analyzers/docs). Parsed once per options instance.
/// </summary>
internal sealed class ConcordOptions
{
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, ConcordOptions> Cache = new();

    private readonly AnalyzerConfigOptions _options;

    private ConcordOptions(AnalyzerConfigOptions options)
    {
        _options = options;
        CredentialNames = new CredentialNames(List("concord.credential_names"), List("concord.ignored_names"));
        // Test code holds fake keys and expected URLs on purpose (redaction tests, request assertions);
        // a project that wants its tests checked sets concord.skip_test_projects = false.
        SkipTestProjects = Flag("concord.skip_test_projects", defaultValue: true);
        ShipsToUsers = OptionalFlag("concord.ships_to_users");
    }

    public CredentialNames CredentialNames { get; }

    /// <summary><c>concord.skip_test_projects</c> (default true): rules that honour it stay silent in test projects.</summary>
    public bool SkipTestProjects { get; }

    /// <summary>
    /// <c>concord.ships_to_users</c>: the code is installed and run by its users (a desktop app, a self-hosted server, a
    /// plugin, a bot), so an application key in it ships to them on purpose (CORD004, CORD009). Null when the option is
    /// not set: the project's kind decides (<see cref="ProjectRoles.ShipsToItsUsers"/>).
    /// </summary>
    public bool? ShipsToUsers { get; }

    public static ConcordOptions For(AnalyzerOptions options, Microsoft.CodeAnalysis.SyntaxTree tree) =>
        Cache.GetValue(options.AnalyzerConfigOptionsProvider.GetOptions(tree), static o => new ConcordOptions(o));

    /// <summary>A comma-separated list option, e.g. <c>concord.CORD003.allowed_parameters = publishable_key, client_id</c>.</summary>
    public ImmutableArray<string> List(string key)
    {
        if (!_options.TryGetValue(key, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part.Trim();
            if (item.Length > 0)
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }

    public bool Flag(string key, bool defaultValue) => OptionalFlag(key) ?? defaultValue;

    /// <summary>A true/false option, or null when it is not set (or set to something else).</summary>
    public bool? OptionalFlag(string key) =>
        _options.TryGetValue(key, out var raw) && bool.TryParse(raw.Trim(), out var value) ? value : null;
}
