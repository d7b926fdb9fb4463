namespace Concord.OpenApi.Loading;

/// <summary>
/// Where a document and the files it references come from: the file system, a git revision, or memory.
/// A source decides which referenced files may be read; the loader asks it before anything is opened.
/// </summary>
public abstract class SpecSource
{
    /// <summary>The root document, as the user named it (used in errors and finding locations).</summary>
    public abstract string DisplayName { get; }

    /// <summary>The key of the root document; other keys come from <see cref="Locate"/>.</summary>
    internal abstract string RootKey { get; }

    /// <summary>
    /// Resolves a relative file reference made from <paramref name="fromKey"/>. Returns the key to read,
    /// or null with the reason it is refused. Nothing is opened here.
    /// </summary>
    internal abstract string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal);

    /// <summary>Reads a located file.</summary>
    internal abstract byte[] Read(string key, SpecLoadOptions options);

    /// <summary>How a located file is named in messages.</summary>
    internal abstract string Display(string key);

    /// <summary>
    /// A command-line argument: <c>git:&lt;ref&gt;:&lt;path&gt;</c> reads the file at a git revision of the
    /// repository in <paramref name="workingDirectory"/>; anything else is a file path.
    /// </summary>
    public static SpecSource Parse(string argument, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new SpecLoadException($"'{argument}'", "an empty argument names no document (give a file or git:<ref>:<path>)");
        }

        var directory = workingDirectory ?? Environment.CurrentDirectory;
        return argument.StartsWith("git:", StringComparison.Ordinal)
            ? GitSpecSource.FromArgument(argument, directory)
            : new FileSpecSource(Path.IsPathRooted(argument) ? argument : Path.Combine(directory, argument), argument);
    }

    /// <summary>
    /// A document read from standard input, for the argument <c>-</c>: <paramref name="open"/> is called once,
    /// when the document is loaded. It may reference nothing but itself.
    /// </summary>
    public static SpecSource FromStandardInput(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new StandardInputSpecSource(open);
    }

    /// <summary>True for the argument that means standard input.</summary>
    public static bool IsStandardInput(string argument) => argument == "-";

    /// <summary>A document held in memory; it may reference nothing but itself.</summary>
    public static SpecSource FromText(string name, string text) => new TextSpecSource(name, text);
}
