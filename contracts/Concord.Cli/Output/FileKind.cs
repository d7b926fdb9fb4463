using System.Runtime.InteropServices;

namespace Concord.Cli.Output;

/// <summary>What a directory entry is, without following a symbolic link and without opening it.</summary>
internal enum FileKindName
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>The entry exists but the platform could not say what it is.</summary>
    Other,
}

/// <summary>
/// Tells a regular file from a FIFO or a device node. .NET's public file APIs report all three as
/// "a file", and opening one to look would block on a FIFO, so this asks <c>lstat</c>.
/// </summary>
internal static class FileKind
{
    // The file-type bits of st_mode, the same on every Unix (POSIX fixes S_IFMT's values in practice;
    // .NET's own native layer passes them through unchanged).
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int SymbolicLink = 0xA000;
    private const int Socket = 0xC000;

    public static FileKindName Of(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !System.IO.Directory.Exists(path) && info.LinkTarget is null)
        {
            return FileKindName.Missing;
        }

        if (info.LinkTarget is not null)
        {
            return FileKindName.SymbolicLink;
        }

        if (OperatingSystem.IsWindows())
        {
            return info.Attributes switch
            {
                var a when a.HasFlag(FileAttributes.Directory) => FileKindName.Directory,
                var a when a.HasFlag(FileAttributes.ReparsePoint) => FileKindName.SymbolicLink,
                var a when a.HasFlag(FileAttributes.Device) => FileKindName.CharacterDevice,
                _ => FileKindName.RegularFile,
            };
        }

        return UnixKind(path);
    }

    private static FileKindName UnixKind(string path)
    {
        int mode;
        try
        {
            // libSystem.Native ships with every .NET runtime and is what File.* itself calls; its
            // FileStatus struct starts with two int32 fields, Flags then Mode, on every architecture.
            // The buffer is larger than the struct will ever be.
            var status = new byte[512];
            if (LStat(path, status) != 0)
            {
                return System.IO.Directory.Exists(path) ? FileKindName.Directory : FileKindName.Missing;
            }

            mode = BitConverter.ToInt32(status, 4);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return System.IO.Directory.Exists(path) ? FileKindName.Directory : FileKindName.Other;
        }

        return (mode & TypeMask) switch
        {
            RegularFile => FileKindName.RegularFile,
            Directory => FileKindName.Directory,
            SymbolicLink => FileKindName.SymbolicLink,
            Fifo => FileKindName.Fifo,
            CharacterDevice => FileKindName.CharacterDevice,
            BlockDevice => FileKindName.BlockDevice,
            Socket => FileKindName.Socket,
            _ => FileKindName.Other,
        };
    }

    // DllImport rather than LibraryImport: a byte array marshals without unsafe code in this project.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
