using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>
/// The core's C interface, process-wide functions: initialisation, logging, strings.
/// Rust <c>bool</c> is one byte, <c>size_t</c> is <see cref="nuint"/>, <c>c_ulong</c> is <see cref="CULong"/>.
/// Functions that return a string the caller owns return <see cref="IntPtr"/>; <see cref="OwnedString"/> reads and frees it.
/// </summary>
internal static partial class NativeMethods
{
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version();

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_init", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Init(string logEnvironmentVariable);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_log_to_buffer")]
    internal static partial int LogToBuffer(LogLevel level);

    /// <summary>The global log buffer, or the one named; free with <see cref="StringDelete"/>.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_fetch_log_buffer", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr FetchLogBuffer(string? logId);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);

    /// <summary>The last error message on this thread, copied into <paramref name="buffer"/>; returns its length or a negative code.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_get_error_message")]
    internal static unsafe partial int GetErrorMessage(byte* buffer, int length);
}
