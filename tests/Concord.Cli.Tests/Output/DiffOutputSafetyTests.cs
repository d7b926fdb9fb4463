namespace Concord.Cli.Tests.Output;

/// <summary><c>concord diff --output</c> through the real command: a refusal is one line, exit code 2, and nothing written.</summary>
public sealed class DiffOutputSafetyTests : IDisposable
{
    private const string Base = """
        openapi: 3.0.3
        info: {title: registry, version: '1'}
        paths:
          /mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
          /api/mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
        """;

    private const string Revision = """
        openapi: 3.0.3
        info: {title: registry, version: '2'}
        paths:
          /mlflow/{path}:
            get:
              responses: {'200': {description: ok}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("concord-diff-output-").FullName;

    public DiffOutputSafetyTests()
    {
        File.WriteAllText(PathOf("base.yaml"), Base);
        File.WriteAllText(PathOf("revision.yaml"), Revision);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private (int Exit, string Output, string Error) Diff(string output)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ConcordApp.Run(["diff", "base.yaml", "revision.yaml", "--format", "json", "--output", output], stdout, stderr, _folder);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private void AssertRefused((int Exit, string Output, string Error) run, string why)
    {
        Assert.Equal(ExitCodes.CouldNotDecide, run.Exit);
        Assert.Empty(run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("concord: error: cannot write ", line, StringComparison.Ordinal);
        Assert.Contains(why, line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp"));
        Assert.Equal(Base, File.ReadAllText(PathOf("base.yaml")));
        Assert.Equal(Revision, File.ReadAllText(PathOf("revision.yaml")));
    }

    [Theory]
    [InlineData("base.yaml")]
    [InlineData("revision.yaml")]
    [InlineData("./sub/../base.yaml")]
    public void An_input_document_is_never_overwritten(string output)
    {
        Directory.CreateDirectory(PathOf("sub"));
        AssertRefused(Diff(output), "one of this command's inputs (");
    }

    [Fact]
    public void A_symbolic_link_is_not_followed()
    {
        File.WriteAllText(PathOf("outside.txt"), "not a report");
        File.CreateSymbolicLink(PathOf("report.json"), PathOf("outside.txt"));

        AssertRefused(Diff("report.json"), "symbolic link");

        Assert.Equal("not a report", File.ReadAllText(PathOf("outside.txt")));
    }

    [Fact]
    public void A_FIFO_is_not_replaced()
    {
        SpecialFiles.Fifo(PathOf("report.json"));

        AssertRefused(Diff("report.json"), "FIFO");

        Assert.Equal("fifo", SpecialFiles.Kind(PathOf("report.json")));
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/full")]
    public void A_device_node_is_not_replaced(string system)
    {
        var device = SpecialFiles.CharacterDevice(_folder, system);

        AssertRefused(Diff(device), "device node");

        Assert.Equal("character special file", SpecialFiles.Kind(device));
    }

    [Fact]
    public void A_regular_file_is_replaced_whole()
    {
        File.WriteAllText(PathOf("report.json"), "old report");

        var (exit, _, error) = Diff("report.json");

        Assert.Equal(ExitCodes.Found, exit);
        Assert.Empty(error);
        Assert.StartsWith("{", File.ReadAllText(PathOf("report.json")), StringComparison.Ordinal);
    }
}
