using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>Owns a verifier created by the core; shutting it down frees everything it allocated.</summary>
internal sealed class VerifierHandle : SafeHandle
{
    public VerifierHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.VerifierShutdown(handle);
        return true;
    }
}
