namespace Concord.Pact.Broker;

/// <summary>
/// Asking can-i-deploy again while the broker's answer is unknown (a verification not yet published, e.g. the
/// provider's build triggered by the pact is still running), as the broker CLI's <c>--retry-while-unknown</c> does.
/// </summary>
/// <param name="Times">How many more times to ask after the first unknown answer.</param>
/// <param name="Interval">How long to wait between asks.</param>
public sealed record CanIDeployRetry(int Times, TimeSpan Interval)
{
    /// <summary>The broker CLI's default interval.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);
}
