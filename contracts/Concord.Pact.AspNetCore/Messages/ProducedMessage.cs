namespace Concord.Pact.AspNetCore.Messages;

/// <summary>A message as the provider really produces it: its contents (serialised as JSON) and its metadata.</summary>
/// <param name="Contents">The message body, serialised with web defaults unless it is already a JSON string or node.</param>
/// <param name="Metadata">Metadata such as a topic or routing key; compared with the pact's message metadata.</param>
/// <param name="ContentType">The contents' type; JSON when not given. A text type (<c>text/plain</c>, <c>application/xml</c>) sends <paramref name="Contents"/> as text.</param>
public sealed record ProducedMessage(object Contents, IReadOnlyDictionary<string, string>? Metadata = null, string? ContentType = null);
