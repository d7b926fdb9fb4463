using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>Bodies that are not text: exact bytes, and multipart parts read from files.</summary>
internal static partial class NativeMethods
{
    /// <summary>Sets the body to these bytes, compared byte for byte.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_binary_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBinaryBody(uint interaction, InteractionPart part, string contentType, byte[] body, nuint size);

    /// <summary>Sets the body to these bytes as an example, matched by content type only (the core sniffs the actual body's type).</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_binary_file", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBinaryFile(uint interaction, InteractionPart part, string contentType, byte[] body, nuint size);

    /// <summary>Appends a multipart part read from a file, matched by the part's content type; <see cref="StringResult.Value"/> holds the error when it failed.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_with_multipart_file_v2", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial StringResult WithMultipartFile(uint interaction, InteractionPart part, string contentType, string file, string partName, string? boundary);

    /// <summary>The core's <c>StringResult</c>: a tag (0 ok, 1 failed) and a string the caller frees.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct StringResult
    {
        public int Tag;
        public IntPtr Value;
    }
}
