using System.Runtime.InteropServices;

namespace Concord.Pact.Native;

/// <summary>Reads strings the core hands over, freeing the ones the caller owns.</summary>
internal static class OwnedString
{
    /// <summary>Reads a string the caller owns and frees it with <c>pactffi_string_delete</c>.</summary>
    internal static string? Take(IntPtr value)
    {
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            NativeMethods.StringDelete(value);
        }
    }

    /// <summary>Reads a string the core keeps ownership of; never frees it.</summary>
    internal static string? Borrow(IntPtr value) => value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);

    /// <summary>The last error the core recorded on this thread, if any.</summary>
    internal static unsafe string? LastError()
    {
        Span<byte> buffer = stackalloc byte[2048];
        fixed (byte* start = buffer)
        {
            var length = NativeMethods.GetErrorMessage(start, buffer.Length);
            return length > 0 ? System.Text.Encoding.UTF8.GetString(buffer[..length]).TrimEnd('\0') : null;
        }
    }
}
