using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>The core's provider verifier. Strings it returns are the caller's: read them with <see cref="OwnedString"/>.</summary>
internal static partial class NativeMethods
{
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial VerifierHandle VerifierNewForApplication(string name, string version);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr handle);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(VerifierHandle handle, string name, string scheme, string host, ushort port, string path);

    /// <summary>Adds a transport, e.g. <c>message</c>: the verifier POSTs each message interaction's description there and checks the body it gets back.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_add_provider_transport", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddProviderTransport(VerifierHandle handle, string protocol, ushort port, string path, string scheme);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_filter_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetFilterInfo(VerifierHandle handle, string? description, string? state, byte noState);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(VerifierHandle handle, string url, byte teardown, byte body);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_verification_options")]
    internal static partial int VerifierSetVerificationOptions(VerifierHandle handle, byte disableSslVerification, CULong requestTimeoutMilliseconds);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_coloured_output")]
    internal static partial int VerifierSetColouredOutput(VerifierHandle handle, byte coloured);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_no_pacts_is_error")]
    internal static partial int VerifierSetNoPactsIsError(VerifierHandle handle, byte isError);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_publish_options", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int VerifierSetPublishOptions(VerifierHandle handle, string providerVersion, string? buildUrl, string[]? tags, ushort tagsLength, string? branch);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_set_consumer_filters", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetConsumerFilters(VerifierHandle handle, string[] consumers, ushort consumersLength);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_add_custom_header", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddCustomHeader(VerifierHandle handle, string name, string value);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(VerifierHandle handle, string file);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_add_directory_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddDirectorySource(VerifierHandle handle, string directory);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_url_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierUrlSource(VerifierHandle handle, string url, string? username, string? password, string? token);

    /// <summary>Adds a broker source; 0 on success, -1 when a selector is not valid JSON.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_broker_source_with_selectors", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int VerifierBrokerSourceWithSelectors(
        VerifierHandle handle,
        string url,
        string? username,
        string? password,
        string? token,
        byte enablePending,
        string? includeWipPactsSince,
        string[]? providerTags,
        ushort providerTagsLength,
        string? providerBranch,
        string[]? consumerVersionSelectors,
        ushort consumerVersionSelectorsLength,
        string[]? consumerVersionTags,
        ushort consumerVersionTagsLength);

    /// <summary>Runs the verification and blocks the calling thread until it ends: 0 passed, 1 failed, 2 could not run.</summary>
    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(VerifierHandle handle);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_json")]
    internal static partial IntPtr VerifierJson(VerifierHandle handle);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(VerifierHandle handle, byte stripAnsi);

    [LibraryImport(PactCoreLibrary.Name, EntryPoint = "pactffi_verifier_logs")]
    internal static partial IntPtr VerifierLogs(VerifierHandle handle);
}
