using Concord.Pact.Consumer.Mismatches;

namespace Concord.Pact.Consumer;

/// <summary>A consumer test's requests did not match its pact; the message lists every mismatch, unexpected and missing request.</summary>
public sealed class PactMismatchException : Exception
{
    internal PactMismatchException(string consumer, string provider, IReadOnlyList<MockServerMismatch> mismatches, Exception? consumerFailure)
        : base(MismatchReport.Render(consumer, provider, mismatches, consumerFailure), consumerFailure)
    {
        Mismatches = mismatches;
    }

    /// <summary>Each problem, structured.</summary>
    public IReadOnlyList<MockServerMismatch> Mismatches { get; }
}
