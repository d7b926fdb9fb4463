using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>The core's mock server, addressed by its port. Strings it returns belong to it until <see cref="CleanupMockServer"/>.</summary>
internal static partial class NativeMethods
{
    /// <summary>Starts a mock server for the pact; returns its port, or a negative error code.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_create_mock_server_for_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServerForTransport(ushort pact, string address, ushort port, string transport, string? transportConfig);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_mock_server_matched")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool MockServerMatched(int port);

    /// <summary>Mismatches as a JSON array; owned by the core, do not free.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int port);

    /// <summary>The mock server's own log; owned by the core, do not free.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_mock_server_logs")]
    internal static partial IntPtr MockServerLogs(int port);

    /// <summary>Writes (or merges into) the pact file; 0 on success, positive on failure.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_write_pact_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int WritePactFile(int port, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int port);
}
