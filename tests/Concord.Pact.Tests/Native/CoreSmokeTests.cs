using System.Runtime.InteropServices;
using Concord.Pact.Native;

namespace Concord.Pact.Tests.Native;

public sealed class CoreSmokeTests
{
    [Fact]
    public void The_core_loads_from_the_runtimes_folder_and_reports_its_version()
    {
        PactCoreLibrary.EnsureInitialised();

        var version = Marshal.PtrToStringUTF8(NativeMethods.Version());

        Assert.Equal("0.5.8", version);
        Assert.Contains(Path.Combine("runtimes", PactCoreLibrary.PortableRid(), "native"), PactCoreLibrary.LoadedFrom);
    }
}
