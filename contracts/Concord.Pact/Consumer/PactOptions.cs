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

    /// <summary>
    /// The port the mock server listens on, on 127.0.0.1, for a consumer whose base address is fixed in its
    /// configuration; 0 (a free port the system chooses) unless said otherwise. It never listens beyond loopback.
    /// </summary>
    public int MockServerPort
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, ushort.MaxValue);
            field = value;
        }
    }

    /// <summary>Where the core's log goes when a test fails, e.g. xunit's <c>ITestOutputHelper.WriteLine</c>.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// How bodies, message contents, provider-state parameters and matcher examples are serialised, and how
    /// <see cref="Messages.ReceivedMessage.As{T}()"/> reads messages back: give the options your code sends and
    /// reads with (naming policy, converters). Web defaults (camelCase) unless said otherwise.
    /// </summary>
    public System.Text.Json.JsonSerializerOptions? JsonSerializerOptions { get; init; }
}
