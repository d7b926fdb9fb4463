using System.Text.Json.Nodes;
using Concord.Pact.Native;
using Concord.Pact.Secrets;

namespace Concord.Pact.Consumer;

/// <summary>
/// A pact model inside the core, built from recorded interactions. Every value passes the
/// credential redaction and the live-credential scan before the core sees it, so nothing
/// the scan would reject is ever held, served or written.
/// </summary>
internal sealed class NativePact : IDisposable
{
    private readonly SecretScanner _scanner;
    private bool _disposed;

    private NativePact(string consumer, string provider, bool allowLiveCredentials)
    {
        PactCoreLibrary.EnsureInitialised();
        Consumer = consumer;
        Provider = provider;
        _scanner = new SecretScanner(allowLiveCredentials);
        Handle = NativeMethods.NewPact(consumer, provider);
    }

    public ushort Handle { get; }

    public string Consumer { get; }

    public string Provider { get; }

    public string FileName => $"{Consumer}-{Provider}.json";

    internal static NativePact ForHttp(string consumer, string provider, PactOptions options, IEnumerable<HttpInteraction> interactions, IEnumerable<(string Namespace, string Name, string Value)> metadata)
    {
        var pact = new NativePact(consumer, provider, options.AllowLiveCredentials);
        try
        {
            pact.Describe(options.Specification, metadata);
            foreach (var interaction in interactions)
            {
                pact.Add(interaction);
            }

            pact._scanner.ThrowIfAny(pact.FileName);
            return pact;
        }
        catch
        {
            pact.Dispose();
            throw;
        }
    }

    internal static NativePact ForMessages(string consumer, string provider, PactOptions options, IEnumerable<Messages.MessageInteraction> messages, IEnumerable<(string Namespace, string Name, string Value)> metadata, out IReadOnlyList<uint> handles)
    {
        var pact = new NativePact(consumer, provider, options.AllowLiveCredentials);
        try
        {
            pact.Describe(options.Specification, metadata);
            var list = new List<uint>();
            foreach (var message in messages)
            {
                list.Add(pact.Add(message));
            }

            pact._scanner.ThrowIfAny(pact.FileName);
            handles = list;
            return pact;
        }
        catch
        {
            pact.Dispose();
            throw;
        }
    }

    internal static NativePact ForSynchronousMessages(string consumer, string provider, PactOptions options, IEnumerable<Messages.SynchronousMessageInteraction> messages, IEnumerable<(string Namespace, string Name, string Value)> metadata)
    {
        var pact = new NativePact(consumer, provider, options.AllowLiveCredentials);
        try
        {
            pact.Describe(options.Specification, metadata);
            foreach (var message in messages)
            {
                pact.Add(message);
            }

            pact._scanner.ThrowIfAny(pact.FileName);
            return pact;
        }
        catch
        {
            pact.Dispose();
            throw;
        }
    }

    private void Describe(PactSpecification specification, IEnumerable<(string Namespace, string Name, string Value)> metadata)
    {
        Require(NativeMethods.WithSpecification(Handle, specification), "set the specification version");
        Require(NativeMethods.WithPactMetadata(Handle, "concord", "version", typeof(NativePact).Assembly.GetName().Version?.ToString(3) ?? "0"), "add metadata");
        foreach (var (ns, name, value) in metadata)
        {
            Require(NativeMethods.WithPactMetadata(Handle, ns, name, _scanner.Check($"pact metadata {ns}.{name}", value)), $"add metadata {ns}.{name}");
        }
    }

    private void Add(HttpInteraction interaction)
    {
        var where = $"interaction \"{interaction.Description}\"";
        var handle = NativeMethods.NewInteraction(Handle, _scanner.Check(where, interaction.Description));
        AddStates(handle, interaction.States, where);
        if (interaction.Pending)
        {
            Require(NativeMethods.SetPending(handle, true), "mark the interaction pending");
        }

        Require(NativeMethods.WithRequest(handle, interaction.Method, _scanner.Check($"{where}, request path", Text(interaction.Path))), "set the request");
        var indexes = new Dictionary<string, nuint>(StringComparer.Ordinal);
        foreach (var (name, value) in interaction.Query)
        {
            var index = indexes.GetValueOrDefault(name);
            indexes[name] = index + 1;
            var redacted = CredentialRedaction.RedactQuery(name, value);
            Require(NativeMethods.WithQueryParameter(handle, name, index, _scanner.Check($"{where}, query parameter {name}", Text(redacted))), $"add query parameter {name}");
        }

        AddPart(handle, InteractionPart.Request, interaction.Request, $"{where}, request");
        Require(NativeMethods.ResponseStatus(handle, _scanner.Check($"{where}, response status", Text(interaction.Status))), "set the response status");
        AddPart(handle, InteractionPart.Response, interaction.Response, $"{where}, response");
    }

    private uint Add(Messages.MessageInteraction message)
    {
        var where = $"message \"{message.Description}\"";
        var handle = NativeMethods.NewMessageInteraction(Handle, _scanner.Check(where, message.Description));
        AddStates(handle, message.States, where);
        foreach (var (key, value) in message.Metadata)
        {
            Require(NativeMethods.WithMetadata(handle, key, _scanner.Check($"{where}, metadata {key}", Text(value)), InteractionPart.Request), $"add metadata {key}");
        }

        var body = CredentialRedaction.RedactBody(message.Contents);
        Require(NativeMethods.WithBody(handle, InteractionPart.Request, message.ContentType, _scanner.Check($"{where}, contents", Text(body))), "set the message contents");
        return handle;
    }

    private void Add(Messages.SynchronousMessageInteraction message)
    {
        var where = $"synchronous message \"{message.Description}\"";
        var handle = NativeMethods.NewSyncMessageInteraction(Handle, _scanner.Check(where, message.Description));
        AddStates(handle, message.States, where);
        AddMessagePart(handle, InteractionPart.Request, message.Request, $"{where}, request");
        AddMessagePart(handle, InteractionPart.Response, message.Response, $"{where}, response");
    }

    private void AddMessagePart(uint handle, InteractionPart part, Messages.SynchronousMessageInteraction.MessagePart contents, string where)
    {
        foreach (var (key, value) in contents.Metadata)
        {
            Require(NativeMethods.WithMetadata(handle, key, _scanner.Check($"{where} metadata {key}", Text(value)), part), $"add metadata {key}");
        }

        var body = contents.IsJson ? Text(CredentialRedaction.RedactBody(contents.Contents)) : Text(contents.Contents);
        Require(NativeMethods.WithBody(handle, part, contents.ContentType, _scanner.Check($"{where} contents", body)), $"set the {where} contents");
    }

    private void AddStates(uint handle, IEnumerable<ProviderState> states, string where)
    {
        foreach (var state in states)
        {
            _scanner.Check($"{where}, provider state", state.Name);
            if (state.Parameters is { } parameters)
            {
                var status = NativeMethods.GivenWithParams(handle, state.Name, _scanner.Check($"{where}, provider state \"{state.Name}\"", parameters.ToJsonString()));
                if (status != 0)
                {
                    throw new PactCoreException($"The core rejected the parameters of provider state \"{state.Name}\" (code {status}): {OwnedString.LastError()}");
                }
            }
            else
            {
                Require(NativeMethods.Given(handle, state.Name), $"add provider state \"{state.Name}\"");
            }
        }
    }

    private void AddPart(uint handle, InteractionPart part, HttpMessagePart message, string where)
    {
        var indexes = new Dictionary<string, nuint>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in message.Headers)
        {
            var index = indexes.GetValueOrDefault(name);
            indexes[name] = index + 1;
            var redacted = CredentialRedaction.RedactHeader(name, value);
            Require(NativeMethods.WithHeader(handle, part, name, index, _scanner.Check($"{where} header {name}", Text(redacted))), $"add header {name}");
        }

        if (message.Binary is { } binary)
        {
            var set = message.BinaryByContentTypeOnly
                ? NativeMethods.WithBinaryFile(handle, part, message.ContentType ?? "application/octet-stream", binary, (nuint)binary.Length)
                : NativeMethods.WithBinaryBody(handle, part, message.ContentType ?? "application/octet-stream", binary, (nuint)binary.Length);
            Require(set, $"set the binary {where} body");
        }
        else if (message.Multipart.Count > 0)
        {
            foreach (var file in message.Multipart)
            {
                var result = NativeMethods.WithMultipartFile(handle, part, file.ContentType, file.FilePath, file.PartName, file.Boundary);
                var text = OwnedString.Take(result.Value);
                if (result.Tag != 0)
                {
                    throw new PactCoreException($"The Pact core refused multipart part \"{file.PartName}\" ({file.FilePath}) of the {where}: {text ?? "no reason given"}.");
                }
            }
        }
        else if (message.HasBody)
        {
            var isJson = message.ContentType is { } type && (type.Contains("json", StringComparison.OrdinalIgnoreCase));
            var body = isJson ? Text(CredentialRedaction.RedactBody(message.Body)) : Text(message.Body);
            Require(NativeMethods.WithBody(handle, part, message.ContentType ?? "text/plain", _scanner.Check($"{where} body", body)), "set the body");
        }
    }

    /// <summary>Plain strings go to the core as they are; matchers and JSON bodies as JSON text.</summary>
    private static string Text(JsonNode? value) =>
        value is JsonValue plain && plain.TryGetValue(out string? text) ? text : value?.ToJsonString() ?? "null";

    /// <summary>Writes (or merges into) the pact file straight from the model; message pacts have no mock server.</summary>
    internal void WriteFile(string directory, bool overwrite)
    {
        var status = NativeMethods.PactHandleWriteFile(Handle, directory, overwrite);
        if (status != 0)
        {
            throw new PactCoreException($"The pact file {Path.Combine(directory, FileName)} was not written (code {status}): see the core's log.");
        }
    }

    private static void Require(bool succeeded, string what)
    {
        if (!succeeded)
        {
            throw new PactCoreException($"The Pact core refused to {what}: {OwnedString.LastError() ?? "no reason given (see the core's log)"}.");
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _ = NativeMethods.FreePactHandle(Handle);
        }
    }
}
