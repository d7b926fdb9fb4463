using System.Text;
using Concord.Pact.Secrets;

namespace Concord.Pact.Consumer.Mismatches;

/// <summary>Renders mock server mismatches for a person: one block per request, one line per differing part.</summary>
internal static class MismatchReport
{
    internal static string Render(string consumer, string provider, IReadOnlyList<MockServerMismatch> mismatches, Exception? consumerFailure)
    {
        var text = new StringBuilder();
        text.Append($"Pact {consumer} -> {provider}: the consumer's requests did not match the pact ({mismatches.Count} problem{(mismatches.Count == 1 ? "" : "s")}).");
        foreach (var mismatch in mismatches)
        {
            text.AppendLine();
            var request = $"{mismatch.Method} {mismatch.Path}";
            switch (mismatch.Kind)
            {
                case MockServerMismatchKind.MismatchedRequest:
                    text.Append($"  x {request} did not match its interaction:");
                    foreach (var detail in mismatch.Details)
                    {
                        text.AppendLine();
                        text.Append($"      {detail.Where ?? detail.Type}: {detail.Message}");
                        if (detail.Expected is not null || detail.Actual is not null)
                        {
                            text.Append($" (expected {Show(detail.Expected)}, actual {Show(detail.Actual)})");
                        }
                    }

                    break;
                case MockServerMismatchKind.UnexpectedRequest:
                    text.Append($"  x {request} was not expected: no interaction in the pact describes it.");
                    break;
                case MockServerMismatchKind.MissingRequest:
                    text.Append($"  x {request} was expected but never received.");
                    break;
                default:
                    text.Append($"  x {request}: {string.Join("; ", mismatch.Details.Select(d => d.Message))}");
                    break;
            }
        }

        if (consumerFailure is not null)
        {
            text.AppendLine();
            text.Append($"  The consumer code also failed: {consumerFailure.GetType().Name}: {consumerFailure.Message}");
        }

        return LiveCredentialPatterns.Scrub(text.ToString());
    }

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "nothing" : value;
}
