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
            // "libc.so" is a linker script on glibc systems; the loadable library is libc.so.6.
            return NativeLibrary.Load("libc.so.6");
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

    internal static string PortableRid()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }
}
