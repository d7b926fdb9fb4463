namespace Concord.Cli.Tests.CommandLine;

/// <summary>Runs the real <c>concord</c> command in-process in a temporary folder.</summary>
public sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("concord-cli-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ConcordApp.Run(args, output, error, Folder);
        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return name;
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
