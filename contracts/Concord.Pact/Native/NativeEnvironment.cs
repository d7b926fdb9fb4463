using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>
/// Writes the process environment the way native code reads it. The core reads its settings
/// with the C runtime's getenv, which does not see <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// on Unix, where .NET keeps its own copy of the environment.
/// </summary>
internal static partial class NativeEnvironment
{
    internal static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (OperatingSystem.IsWindows())
        {
            _ = PutEnvWindows(name, value);
        }
        else
        {
            _ = SetEnvUnix(name, value, 1);
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvUnix(string name, string value, int overwrite);

    [LibraryImport("ucrtbase", EntryPoint = "_putenv_s", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PutEnvWindows(string name, string value);
}
