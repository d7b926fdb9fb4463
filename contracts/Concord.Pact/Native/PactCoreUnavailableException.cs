using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>The Pact core library could not be loaded on this machine.</summary>
public sealed class PactCoreUnavailableException : Exception
{
    internal PactCoreUnavailableException(IReadOnlyList<string> pathsTried)
        : base(Describe(pathsTried))
    {
        PathsTried = pathsTried;
    }

    /// <summary>The files that were looked for, in order.</summary>
    public IReadOnlyList<string> PathsTried { get; }

    private static string Describe(IReadOnlyList<string> pathsTried) =>
        $"The Pact core ({PactCoreLibrary.FileNameForPlatform()}) could not be loaded for platform {PactCoreLibrary.PortableRid()} " +
        $"({RuntimeInformation.OSDescription}); tried {string.Join(", ", pathsTried)}. " +
        $"Build Concord.Pact on this platform (it fetches the core), or set {PactCoreLibrary.PathVariable} to the library's full path.";
}
