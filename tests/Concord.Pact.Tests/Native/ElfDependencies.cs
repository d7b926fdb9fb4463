using System.Buffers.Binary;
using System.Text;

namespace Concord.Pact.Tests.Native;

/// <summary>
/// Reads what a 64-bit little-endian ELF shared library says about itself: its machine and the libraries it needs
/// (the <c>DT_NEEDED</c> entries of its dynamic section), enough to tell a musl build from a glibc one without loading it.
/// </summary>
public sealed record ElfDependencies(ushort Machine, IReadOnlyList<string> Needed)
{
    public const ushort X86_64 = 62;
    public const ushort Aarch64 = 183;

    public static ElfDependencies Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7F || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F' || bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file.");
        }

        var machine = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x12));
        var sectionTable = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x28));
        var sectionSize = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3A));
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x3C));
        for (var i = 0; i < sectionCount; i++)
        {
            var header = bytes.AsSpan(sectionTable + (i * sectionSize), sectionSize);
            const uint dynamicSection = 6;
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != dynamicSection)
            {
                continue;
            }

            var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]);
            var size = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x20..]);
            var link = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var strings = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(sectionTable + (link * sectionSize) + 0x18));
            var needed = new List<string>();
            for (var entry = offset; entry + 16 <= offset + size; entry += 16)
            {
                var tag = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(entry));
                if (tag == 0)
                {
                    break;
                }

                if (tag == 1)
                {
                    var start = strings + (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(entry + 8));
                    var end = Array.IndexOf(bytes, (byte)0, start);
                    needed.Add(Encoding.ASCII.GetString(bytes, start, end - start));
                }
            }

            return new ElfDependencies(machine, needed);
        }

        throw new InvalidDataException($"{path} has no dynamic section.");
    }
}
