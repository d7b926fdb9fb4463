using System.Text.Json.Nodes;
using Concord.Pact.Json;
using Concord.Pact.Mismatches;
using Concord.Pact.Secrets;

namespace Concord.Pact.Provider;

/// <summary>The structured result of a provider verification; <see cref="ToString"/> prints it for a person.</summary>
public sealed record VerificationResult
{
    /// <summary>The provider verified.</summary>
    public required string Provider { get; init; }

    /// <summary>Where the provider was verified, when it was given.</summary>
    public Uri? ProviderUri { get; init; }

    /// <summary>Passed, failed, or could not decide.</summary>
    public required VerificationStatus Status { get; init; }

    /// <summary>Each interaction verified, in the order the core verified them.</summary>
    public IReadOnlyList<InteractionResult> Interactions { get; init; } = [];

    /// <summary>Failures that belong to no interaction: bad input, a pact that could not be loaded, a failed publish.</summary>
    public IReadOnlyList<VerificationProblem> Problems { get; init; } = [];

    /// <summary>Local pacts that show no successful response.</summary>
    public IReadOnlyList<CoverageGap> CoverageGaps { get; init; } = [];

    /// <summary>The core's own report text, ANSI codes stripped.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>The core's log for this verification.</summary>
    public string Logs { get; init; } = string.Empty;

    /// <summary>The core's exit code: 0 passed, 1 failed, 2 could not run; -1 when Concord refused to start it.</summary>
    public int CoreExitCode { get; init; }

    public bool Passed => Status == VerificationStatus.Passed;

    internal static VerificationResult NotRun(string provider, Uri? providerUri, IReadOnlyList<VerificationProblem> problems, IReadOnlyList<CoverageGap> coverage) => new()
    {
        Provider = provider,
        ProviderUri = providerUri,
        Status = VerificationStatus.Error,
        Problems = problems,
        CoverageGaps = coverage,
        CoreExitCode = -1,
    };

    internal static VerificationResult From(string provider, Uri providerUri, CoreRun run, LocalPacts local, bool published)
    {
        var json = JsonNode.Parse(run.Json) as JsonObject ?? [];
        var failures = Failures(json["errors"]);
        var pendingFailures = Failures(json["pendingErrors"]);
        var owners = local.Pacts.Where(p => p.Provider == provider)
            .SelectMany(p => p.Interactions.Select(i => (i.Description, Pact: p)))
            .GroupBy(x => x.Description)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Pact);

        var interactions = new List<InteractionResult>();
        foreach (var entry in (json["interactionResults"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var description = JsonText.Of(entry["description"]) ?? "";
            var passed = JsonText.Of(entry["result"]) == "OK";
            var pending = TryFind(pendingFailures, description, out _);
            var found = TryFind(failures, description, out var failure) || TryFind(pendingFailures, description, out failure);
            owners.TryGetValue(description, out var owner);
            var request = owner?.Interactions.First(i => i.Description == description);
            interactions.Add(new InteractionResult(description, owner?.Consumer, owner?.Path, passed, pending, found ? failure.Mismatches : [], found ? failure.Error : null)
            {
                Method = request?.Method,
                Path = request?.Path,
            });
        }

        var descriptions = interactions.Select(i => i.Description).ToList();
        var problems = failures.Concat(pendingFailures)
            .Where(f => !descriptions.Any(d => Names(f.Key, d)))
            .Select(f => new VerificationProblem($"{f.Key}: {f.Value.Error ?? string.Join("; ", f.Value.Mismatches.Select(m => m.Message))}"))
            .ToList();
        if (published && PublishFailure(run.Logs) is { } publishFailure)
        {
            problems.Add(new VerificationProblem(publishFailure));
        }

        var status = run.ExitCode switch
        {
            0 when problems.Count == 0 => VerificationStatus.Passed,
            0 or 1 when interactions.Count > 0 => VerificationStatus.Failed,
            _ => VerificationStatus.Error,
        };
        return new VerificationResult
        {
            Provider = provider,
            ProviderUri = providerUri,
            Status = status,
            Interactions = interactions,
            Problems = problems,
            CoverageGaps = local.Coverage(provider),
            Output = LiveCredentialPatterns.Scrub(run.Output),
            Logs = LiveCredentialPatterns.Scrub(run.Logs),
            CoreExitCode = run.ExitCode,
        };
    }

    /// <summary>The result as text: a headline, a line per interaction with its mismatches, problems, coverage gaps.</summary>
    public override string ToString() => VerificationReport.Render(this);

    private static Dictionary<string, (IReadOnlyList<MismatchDetail> Mismatches, string? Error)> Failures(JsonNode? node)
    {
        var result = new Dictionary<string, (IReadOnlyList<MismatchDetail>, string?)>(StringComparer.Ordinal);
        foreach (var entry in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var description = JsonText.Of(entry["interaction"]) ?? "";
            var mismatch = entry["mismatch"] as JsonObject;
            IReadOnlyList<MismatchDetail> details = (mismatch?["mismatches"] as JsonArray ?? []).OfType<JsonObject>().Select(MismatchDetail.From).ToList();
            var error = JsonText.Of(mismatch?["type"]) == "error" ? LiveCredentialPatterns.Scrub(JsonText.Of(mismatch?["message"]) ?? "unknown error") : null;
            result[description] = (details, error);
        }

        return result;
    }

    /// <summary>
    /// The core keys a failure by "Verifying a pact between C and P Given S - description" (or the bare
    /// description); the interaction results carry the bare description.
    /// </summary>
    private static bool Names(string failureKey, string description) =>
        failureKey == description || failureKey.EndsWith($" - {description}", StringComparison.Ordinal);

    private static bool TryFind(
        Dictionary<string, (IReadOnlyList<MismatchDetail> Mismatches, string? Error)> failures,
        string description,
        out (IReadOnlyList<MismatchDetail> Mismatches, string? Error) failure)
    {
        foreach (var (key, value) in failures)
        {
            if (Names(key, description))
            {
                failure = value;
                return true;
            }
        }

        failure = default;
        return false;
    }

    /// <summary>A failed publish is only logged by the core; it must not pass silently.</summary>
    private static string? PublishFailure(string logs) =>
        logs.Split('\n').FirstOrDefault(line => line.Contains("Publishing of verification results failed", StringComparison.Ordinal))
            is { } line ? $"Publishing the verification results failed: {line[line.IndexOf("Publishing of", StringComparison.Ordinal)..].Trim()}" : null;
}
