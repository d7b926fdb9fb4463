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

    internal static VerificationResult From(string provider, Uri providerUri, CoreRun run, LocalPacts local, bool published, NothingVerified nothingVerified)
    {
        var json = JsonNode.Parse(run.Json) as JsonObject ?? [];
        var failures = Failures(json["errors"]);
        var pendingFailures = Failures(json["pendingErrors"]);
        var interactions = new List<InteractionResult>();
        foreach (var entry in (json["interactionResults"] as JsonArray ?? []).OfType<JsonObject>())
        {
            // Each entry names its own consumer, states and mismatch: two interactions that share a
            // description (in two pacts, or under two states) never take each other's result.
            var description = JsonText.Of(entry["description"]) ?? "";
            var consumer = JsonText.Of(entry["consumer"]);
            var states = (entry["providerStates"] as JsonArray ?? []).Select(JsonText.Of).OfType<string>().ToList();
            var passed = JsonText.Of(entry["result"]) == "OK";
            // A broker marks whole pacts pending: their failures come under "pendingErrors", keyed by consumer and description.
            var pending = (entry["pending"] is JsonValue flag && flag.TryGetValue(out bool isPending) && isPending)
                || pendingFailures.Keys.Any(key => key.StartsWith($"Verifying a pact between {consumer} and ", StringComparison.Ordinal) && Names(key, description));
            var (mismatches, error) = passed ? ([], null) : Failure(entry["mismatch"] as JsonObject);
            if (error is not null && run.StateFailures.Where(f => states.Contains(f.State, StringComparer.Ordinal)).ToList() is { Count: > 0 } refused)
            {
                error = $"{error}: {string.Join("; ", refused.Distinct())}";
            }
            var owner = local.Pacts.FirstOrDefault(p => p.Provider == provider && p.Consumer == consumer && p.Interactions.Any(i => i.Description == description));
            var request = owner?.Interactions.Where(i => i.Description == description)
                .OrderByDescending(i => i.States.SequenceEqual(states, StringComparer.Ordinal))
                .First();
            // Descriptions and names are the pact author's free text: a live key pasted there must not travel on.
            interactions.Add(new InteractionResult(LiveCredentialPatterns.Scrub(description), consumer ?? owner?.Consumer, owner?.Path, passed, pending, mismatches, error)
            {
                Method = request?.Method,
                Path = request?.Path,
                ProviderStates = states,
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

        problems.AddRange(run.StateFailures
            .Where(f => !interactions.Any(i => i.ProviderStates.Contains(f.State, StringComparer.Ordinal)))
            .Distinct()
            .Select(f => new VerificationProblem(f.ToString())));
        if (interactions.Count == 0 && problems.Count == 0)
        {
            problems.Insert(0, new VerificationProblem(nothingVerified.AfterRun(local)));
        }

        var status = run.ExitCode switch
        {
            _ when interactions.Count == 0 => VerificationStatus.Error,
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
            Problems = problems.Select(p => p with { Message = LiveCredentialPatterns.Scrub(p.Message) }).ToList(),
            CoverageGaps = local.Coverage(provider),
            Output = LiveCredentialPatterns.Scrub(run.Output),
            Logs = LiveCredentialPatterns.Scrub(run.Logs) + string.Concat(run.StateFailures.Select(f => $"{Environment.NewLine}ERROR concord-pact: {f}")),
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
            result[description] = Failure(entry["mismatch"] as JsonObject);
        }

        return result;
    }

    private static (IReadOnlyList<MismatchDetail> Mismatches, string? Error) Failure(JsonObject? mismatch)
    {
        IReadOnlyList<MismatchDetail> details = (mismatch?["mismatches"] as JsonArray ?? []).OfType<JsonObject>().Select(MismatchDetail.From).ToList();
        var error = JsonText.Of(mismatch?["type"]) == "error" ? LiveCredentialPatterns.Scrub(JsonText.Of(mismatch?["message"]) ?? "unknown error") : null;
        return (details, error);
    }

    /// <summary>
    /// The core keys a failure by "Verifying a pact between C and P Given S - description" (or the bare
    /// description); the interaction results carry the bare description.
    /// </summary>
    private static bool Names(string failureKey, string description) =>
        failureKey == description || failureKey.EndsWith($" - {description}", StringComparison.Ordinal);

    /// <summary>A failed publish is only logged by the core; it must not pass silently.</summary>
    private static string? PublishFailure(string logs) =>
        logs.Split('\n').FirstOrDefault(line => line.Contains("Publishing of verification results failed", StringComparison.Ordinal))
            is { } line ? $"Publishing the verification results failed: {line[line.IndexOf("Publishing of", StringComparison.Ordinal)..].Trim()}" : null;
}
