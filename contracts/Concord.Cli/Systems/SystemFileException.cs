namespace Concord.Cli.Systems;

/// <summary>A system file that cannot be used; the message names the file and the entry.</summary>
internal sealed class SystemFileException(string message) : Exception(message);
