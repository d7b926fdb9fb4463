using Concord.Pact.Consumer;

namespace Concord.Pact.Messages;

/// <summary>
/// How a message pact is verified in the consumer's test, asynchronous or synchronous alike: every message is handed
/// to the consumer's code, every failure is collected (one run names them all), and the pact file is written only
/// when none failed.
/// </summary>
internal static class MessageHandling
{
    public static async Task HandEachThenWriteAsync<TMessage>(
        PactBuilderBase builder,
        NativePact pact,
        IEnumerable<(string Description, TMessage Message)> messages,
        Func<TMessage, Task> handle,
        CancellationToken cancellationToken)
    {
        var failures = new List<(string Description, Exception Error)>();
        foreach (var (description, message) in messages)
        {
            try
            {
                await handle(message).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every failure is collected and reported together.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures.Add((description, exception));
            }
        }

        if (failures.Count > 0)
        {
            throw new MessageHandlerException(builder.Consumer, builder.Provider, failures);
        }

        await PactFileGate.WriteAsync(builder.Options.PactDirectory, pact.FileName, scratch => pact.WriteFile(scratch, overwrite: true), cancellationToken).ConfigureAwait(false);
    }
}
