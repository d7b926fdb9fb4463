using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>V4 synchronous (request/response) messages: building them, and reading them back from a pact handle.</summary>
internal static partial class NativeMethods
{
    /// <summary>A new request/response message interaction in a V4 pact; its request and response are set with <see cref="WithBody"/> and <see cref="WithMetadata"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_new_sync_message_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewSyncMessageInteraction(ushort pact, string description);

    /// <summary>An iterator over a copy of the pact's synchronous messages; free with <see cref="SyncMessageIteratorDelete"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_pact_handle_get_sync_message_iter")]
    internal static partial IntPtr PactHandleGetSyncMessageIterator(ushort pact);

    /// <summary>The next message, owned by the iterator; null past the end.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_pact_sync_message_iter_next")]
    internal static partial IntPtr SyncMessageIteratorNext(IntPtr iterator);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_pact_sync_message_iter_delete")]
    internal static partial void SyncMessageIteratorDelete(IntPtr iterator);

    /// <summary>The message's description; the caller frees it.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_sync_message_get_description")]
    internal static partial IntPtr SyncMessageDescription(IntPtr message);

    /// <summary>The request contents with generators applied, as the consumer would receive them; free with <see cref="MessageContentsDelete"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_sync_message_generate_request_contents")]
    internal static partial IntPtr SyncMessageGenerateRequestContents(IntPtr message);

    /// <summary>The response contents at an index with generators applied; free with <see cref="MessageContentsDelete"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_sync_message_generate_response_contents")]
    internal static partial IntPtr SyncMessageGenerateResponseContents(IntPtr message, nuint index);

    /// <summary>Message contents as text; the caller frees it; null when there is no body.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_message_contents_get_contents_str")]
    internal static partial IntPtr MessageContentsText(IntPtr contents);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_message_contents_delete")]
    internal static partial void MessageContentsDelete(IntPtr contents);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_sync_message_get_number_responses")]
    internal static partial nuint SyncMessageResponseCount(IntPtr message);
}
