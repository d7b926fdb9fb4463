namespace Concord.Pact.Provider;

/// <summary>A failure that belongs to no interaction: bad input, a pact that could not be loaded, an unreachable provider, a refused publish.</summary>
/// <param name="Message">One line that says what and where.</param>
/// <param name="Source">The pact file, folder or address it concerns, when there is one.</param>
public sealed record VerificationProblem(string Message, string? Source = null)
{
    public override string ToString() => Message;
}
