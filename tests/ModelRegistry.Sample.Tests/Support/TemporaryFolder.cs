namespace ModelRegistry.Sample.Tests.Support;

/// <summary>A folder that is deleted with its contents on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("concord-sample-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
