using Concord.Pact.Native;

namespace Concord.Pact.Consumer;

/// <summary>
/// A consumer test's pact: describe the interactions the consumer relies on, then
/// <see cref="VerifyAsync"/> runs the consumer's real HTTP code against the core's mock server,
/// fails with a report of every mismatch, and writes (merges) the pact file when all matched.
/// </summary>
public sealed class PactBuilder : PactBuilderBase
{
    private readonly List<HttpInteraction> _interactions = [];

    public PactBuilder(string consumer, string provider, PactOptions? options = null)
        : base(consumer, provider, options)
    {
    }

    /// <summary>Starts a new interaction, named by what the provider receives.</summary>
    public HttpInteractionBuilder UponReceiving(string description)
    {
        RequireUniqueDescription(_interactions.Select(i => i.Description), description, "an interaction");

        var interaction = new HttpInteraction(description);
        _interactions.Add(interaction);
        return new HttpInteractionBuilder(interaction, Options.JsonSerializerOptions);
    }

    /// <summary>
    /// Starts the mock server with the interactions described so far, runs <paramref name="exercise"/>
    /// against it, and throws <see cref="PactMismatchException"/> if any request did not match, was not
    /// expected, or never came. Writes the pact file only when everything matched.
    /// </summary>
    public async Task VerifyAsync(Func<MockServerContext, Task> exercise, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        if (_interactions.Count == 0)
        {
            throw new InvalidOperationException($"The pact {Consumer}-{Provider} has no interactions to verify; describe one with UponReceiving first.");
        }

        using var pact = NativePact.ForHttp(Consumer, Provider, Options, _interactions, Metadata);
        using var server = MockServer.Start(pact, Options.MockServerPort);

        Exception? failure = null;
        try
        {
            await exercise(new MockServerContext(server.BaseUri)).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The consumer's exception is reported with the mismatches that usually caused it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = exception;
        }

        var mismatches = Mismatches.MockServerMismatch.Parse(server.MismatchesJson);
        if (mismatches.Count > 0 || !server.AllMatched)
        {
            Options.Log?.Invoke(server.Logs);
            throw new PactMismatchException(Consumer, Provider, mismatches, failure);
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        await PactFileGate.WriteAsync(
            Options.PactDirectory,
            pact.FileName,
            scratch => server.WritePact(scratch, overwrite: true, pact.FileName),
            cancellationToken).ConfigureAwait(false);
    }
}
