namespace Concord.Pact.Consumer;

/// <summary>How a consumer test writes its pact.</summary>
public sealed record PactOptions
{
    /// <summary>The Pact specification version written; V4 unless said otherwise.</summary>
    public PactSpecification Specification { get; init; } = PactSpecification.V4;

    /// <summary>Where pact files go; <c>pacts</c> under the current directory unless said otherwise.</summary>
    public string PactDirectory { get; init; } = Path.Combine(Directory.GetCurrentDirectory(), "pacts");

    /// <summary>
    /// Lets a pact contain values that look like live credentials (<c>sk_live_…</c>, <c>AKIA…</c>, …).
    /// Off by default: such a pact fails to write, because pact files travel to brokers, CI logs and reports.
    /// </summary>
    public bool AllowLiveCredentials { get; init; }

    /// <summary>Where the core's log goes when a test fails, e.g. xunit's <c>ITestOutputHelper.WriteLine</c>.</summary>
    public Action<string>? Log { get; init; }
}
