using System.Reflection;
using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>
/// Finds and loads the Pact core, once per process, and prepares it before first use:
/// telemetry off in the real process environment, the log routed to an in-memory buffer,
/// then <c>pactffi_init</c> (in that order; the core accepts each only once).
/// </summary>
internal static class PactCoreLibrary
{
    internal const string Name = "pact_ffi";

    /// <summary>Overrides where the library is loaded from: a full path to the file.</summary>
    internal const string PathVariable = "CONCORD_PACT_FFI";

    private static readonly Lock Gate = new();
    private static bool _initialised;
    private static IntPtr _library;
    private static string? _loadedFrom;

    /// <summary>
    /// Registers the resolver before any P/Invoke of this assembly runs, whichever type makes it
    /// (the libc calls too: on glibc, "libc" must resolve to libc.so.6).
    /// </summary>
#pragma warning disable CA2255 // Deliberate: no first call may miss the resolver.
    [System.Runtime.CompilerServices.ModuleInitializer]
#pragma warning restore CA2255
    internal static void RegisterResolver() => NativeLibrary.SetDllImportResolver(typeof(PactCoreLibrary).Assembly, Resolve);

    /// <summary>Where the core was loaded from, once it has been.</summary>
    internal static string? LoadedFrom => _loadedFrom;

    /// <summary>Loads and initialises the core if that has not happened yet; throws <see cref="PactCoreUnavailableException"/> when it cannot.</summary>
    internal static void EnsureInitialised()
    {
        if (Volatile.Read(ref _initialised))
        {
            return;
        }

        lock (Gate)
        {
            if (_initialised)
            {
                return;
            }

            _ = LoadOnce();
            NativeEnvironment.Set("PACT_DO_NOT_TRACK", "true");
            _ = NativeMethods.LogToBuffer(LogLevel.Info);
            _ = NativeStandardStreams.Silence(NativeStandardStreams.StandardError, () =>
            {
                NativeMethods.Init("error");
                return 0;
            });
            Volatile.Write(ref _initialised, true);
        }
    }

    /// <summary>Takes what the core logged outside any mock server or verification; the buffer would otherwise grow for the life of the process.</summary>
    internal static string DrainGlobalLog() => OwnedString.Take(NativeMethods.FetchLogBuffer(null)) ?? string.Empty;

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == "libc" && OperatingSystem.IsLinux())
        {
            // "libc.so" is a linker script on glibc systems; the loadable library is libc.so.6. musl (Alpine) has no
            // libc.so.6: its C library is its loader, also reachable as libc.musl-<arch>.so.1.
            foreach (var candidate in new[] { "libc.so.6", $"libc.musl-{MuslArchitecture(RuntimeInformation.OSArchitecture)}.so.1", "libc.so" })
            {
                if (NativeLibrary.TryLoad(candidate, out var libc))
                {
                    return libc;
                }
            }

            return IntPtr.Zero;
        }

        if (libraryName != Name)
        {
            return IntPtr.Zero;
        }

        return LoadOnce();
    }

    private static IntPtr LoadOnce()
    {
        lock (Gate)
        {
            if (_library == IntPtr.Zero)
            {
                _library = Load(Candidates());
            }

            return _library;
        }
    }

    /// <summary>Loads the first candidate that exists, else the default probe (a NuGet consumer's deps.json), else throws naming every path tried.</summary>
    internal static IntPtr Load(IEnumerable<string> candidates)
    {
        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!File.Exists(candidate))
            {
                tried.Add(candidate);
                continue;
            }

            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                _loadedFrom = candidate;
                return handle;
            }

            tried.Add($"{candidate} (present, but not loadable here: wrong platform or a missing dependency)");
        }

        // A NuGet consumer's deps.json knows where the package put the library.
        if (NativeLibrary.TryLoad(Name, typeof(PactCoreLibrary).Assembly, DllImportSearchPath.AssemblyDirectory, out var fromDefaultProbe))
        {
            _loadedFrom = Name;
            return fromDefaultProbe;
        }

        throw new PactCoreUnavailableException(tried);
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } overridden)
        {
            yield return overridden;
            yield break;
        }

        var fileName = FileNameForPlatform();
        var rid = RuntimeInformation.RuntimeIdentifier;
        var portableRid = PortableRid();
        var baseDirectory = AppContext.BaseDirectory;
        yield return Path.Combine(baseDirectory, "runtimes", portableRid, "native", fileName);
        if (rid != portableRid)
        {
            yield return Path.Combine(baseDirectory, "runtimes", rid, "native", fileName);
        }

        yield return Path.Combine(baseDirectory, fileName);
    }

    internal static string FileNameForPlatform() =>
        OperatingSystem.IsWindows() ? "pact_ffi.dll" : OperatingSystem.IsMacOS() ? "libpact_ffi.dylib" : "libpact_ffi.so";

    internal static string PortableRid() =>
        PortableRid(OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux", RuntimeInformation.OSArchitecture, RuntimeInformation.RuntimeIdentifier, File.Exists);

    /// <summary>
    /// The RID whose core this process loads: on Linux with musl (Alpine) <c>linux-musl-&lt;arch&gt;</c>, whose build the
    /// glibc one cannot replace. musl is known by the runtime's RID (<c>linux-musl-x64</c> from Microsoft's Alpine builds,
    /// <c>alpine.3.x-x64</c> from Alpine's own) or, failing that, by musl's loader being present.
    /// </summary>
    internal static string PortableRid(string os, Architecture architecture, string runtimeIdentifier, Func<string, bool> fileExists)
    {
        var arch = architecture.ToString().ToLowerInvariant();
        if (os == "linux" && IsMusl(architecture, runtimeIdentifier, fileExists))
        {
            return $"linux-musl-{arch}";
        }

        return $"{os}-{arch}";
    }

    private static bool IsMusl(Architecture architecture, string runtimeIdentifier, Func<string, bool> fileExists) =>
        runtimeIdentifier.Contains("musl", StringComparison.OrdinalIgnoreCase)
        || runtimeIdentifier.StartsWith("alpine", StringComparison.OrdinalIgnoreCase)
        || fileExists($"/lib/ld-musl-{MuslArchitecture(architecture)}.so.1");

    /// <summary>musl names its loader after the GNU architecture name (x86_64, aarch64), not .NET's.</summary>
    private static string MuslArchitecture(Architecture architecture) => architecture switch
    {
        Architecture.X64 => "x86_64",
        Architecture.Arm64 => "aarch64",
        Architecture.X86 => "i386",
        Architecture.Arm => "armhf",
        _ => architecture.ToString().ToLowerInvariant(),
    };
}
