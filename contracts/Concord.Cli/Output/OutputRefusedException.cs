namespace Concord.Cli.Output;

/// <summary>
/// A report path Concord will not write: it is not a regular file (a symbolic link, a FIFO, a device
/// node, a folder) or it is one of the command's inputs. An <see cref="IOException"/>, so every
/// command that already turns I/O failures into one line and exit code 2 handles it the same way.
/// </summary>
internal sealed class OutputRefusedException(string message) : IOException(message);
