using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>Building a pact model: pacts (a 16-bit handle) and their interactions (a 32-bit handle).</summary>
internal static partial class NativeMethods
{
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ushort NewPact(string consumer, string provider);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(ushort pact);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(ushort pact, PactSpecification specification);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_pact_metadata", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithPactMetadata(ushort pact, string ns, string name, string value);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_new_message_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewMessageInteraction(ushort pact, string description);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(uint interaction, string state);

    /// <summary>Adds a provider state with its parameters as a JSON object; 0 on success.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_given_with_params", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int GivenWithParams(uint interaction, string state, string parametersJson);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameter(uint interaction, string name, nuint index, string value);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeader(uint interaction, InteractionPart part, string name, nuint index, string value);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(uint interaction, InteractionPart part, string contentType, string body);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_metadata", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithMetadata(uint interaction, string key, string value, InteractionPart part);

    /// <summary>The response status, a number or a status-code matcher in integration JSON.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_response_status_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(uint interaction, string status);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_set_pending")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool SetPending(uint interaction, [MarshalAs(UnmanagedType.U1)] bool pending);

    /// <summary>A message's contents with matchers stripped and generators applied; free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_message_reify")]
    internal static partial IntPtr MessageReify(uint message);

    /// <summary>Writes (or merges into) the pact file of a handle without a mock server; 0 on success.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PactHandleWriteFile(ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);
}
