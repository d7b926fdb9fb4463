using System.Runtime.InteropServices;
using Concord.Pact.Native;

namespace Concord.Pact.Tests.Native;

public sealed partial class CoreSmokeTests
{
    [Fact]
    public void The_core_loads_from_the_runtimes_folder_and_reports_its_version()
    {
        PactCoreLibrary.EnsureInitialised();

        var version = Marshal.PtrToStringUTF8(NativeMethods.Version());

        Assert.Equal("0.5.8", version);
        Assert.Contains(Path.Combine("runtimes", PactCoreLibrary.PortableRid(), "native"), PactCoreLibrary.LoadedFrom);
    }

    [Fact]
    public void Telemetry_is_off_in_the_environment_the_core_reads()
    {
        PactCoreLibrary.EnsureInitialised();

        Assert.Equal("true", Marshal.PtrToStringUTF8(GetEnv("PACT_DO_NOT_TRACK")));
    }

    [Fact]
    public void The_native_environment_is_written_where_getenv_reads_it_unlike_the_managed_one()
    {
        var managedOnly = $"CONCORD_TEST_{Guid.NewGuid():N}";
        var native = $"CONCORD_TEST_{Guid.NewGuid():N}";

        Environment.SetEnvironmentVariable(managedOnly, "managed");
        NativeEnvironment.Set(native, "native");

        Assert.Equal(IntPtr.Zero, GetEnv(managedOnly));
        Assert.Equal("native", Marshal.PtrToStringUTF8(GetEnv(native)));
        Assert.Equal("native", Environment.GetEnvironmentVariable(native));
    }

    [Fact]
    public void A_missing_library_is_one_clear_error_naming_the_paths_and_the_platform()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder", PactCoreLibrary.FileNameForPlatform());
        var notALibrary = Path.GetTempFileName();

        var thrown = Assert.Throws<PactCoreUnavailableException>(() => PactCoreLibrary.Load([missing, notALibrary]));

        Assert.Equal([missing, $"{notALibrary} (present, but not loadable here: wrong platform or a missing dependency)"], thrown.PathsTried);
        Assert.Contains($"could not be loaded for platform {PactCoreLibrary.PortableRid()}", thrown.Message);
        Assert.Contains(missing, thrown.Message);
        Assert.Contains("CONCORD_PACT_FFI", thrown.Message);
        File.Delete(notALibrary);
    }

    // The C runtime's getenv: what the core sees, not .NET's copy of the environment.
    [LibraryImport("libc.so.6", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
