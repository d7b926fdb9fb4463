using Concord.Cli.Output;

namespace Concord.Cli.Tests.Output;

/// <summary>A report replaces a regular file or creates one; it never replaces anything else, nor an input.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private string[] Leftovers() => [.. Directory.EnumerateFileSystemEntries(_folder, ".*.tmp").Select(Path.GetFileName)!];

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Creates_a_new_file_and_replaces_a_regular_one_keeping_its_mode()
    {
        var report = PathOf("report.json");
        AtomicFile.Write(report, "first");
        Assert.Equal("first", File.ReadAllText(report));

        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        AtomicFile.Write(report, "second", [PathOf("base.json")]);

        Assert.Equal("second", File.ReadAllText(report));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Refuses_a_symbolic_link_and_leaves_its_target_alone()
    {
        var target = PathOf("precious.txt");
        File.WriteAllText(target, "keep me");
        var link = PathOf("report.json");
        File.CreateSymbolicLink(link, target);

        var refused = Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(link, "report"));

        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Refuses_a_dangling_symbolic_link_rather_than_creating_its_target()
    {
        var link = PathOf("report.json");
        var target = PathOf("elsewhere/created.txt");
        File.CreateSymbolicLink(link, target);

        Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(link, "report"));

        Assert.False(File.Exists(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task Refuses_a_FIFO_without_blocking_on_it()
    {
        var fifo = PathOf("report.sarif");
        SpecialFiles.Fifo(fifo);

        var write = Task.Run(() => AtomicFile.Write(fifo, "report"));
        var finished = await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(write, finished);
        var refused = await Assert.ThrowsAsync<OutputRefusedException>(() => write);
        Assert.Contains("FIFO", refused.Message, StringComparison.Ordinal);
        Assert.Equal("fifo", SpecialFiles.Kind(fifo));
        Assert.Empty(Leftovers());
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/full")]
    public void Refuses_a_device_node(string system)
    {
        var device = SpecialFiles.CharacterDevice(_folder, system);

        var refused = Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(device, "report"));

        Assert.Contains("device node", refused.Message, StringComparison.Ordinal);
        Assert.Equal("character special file", SpecialFiles.Kind(device));
        Assert.Equal("character special file", SpecialFiles.Kind(system));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Refuses_a_folder()
    {
        var folder = Directory.CreateDirectory(PathOf("out")).FullName;
        var refused = Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(folder, "report"));
        Assert.Contains("folder", refused.Message, StringComparison.Ordinal);
        Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(" ", "report"));
    }

    [Fact]
    public void Refuses_an_input_however_it_is_spelled()
    {
        var input = PathOf("specs/base.json");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        File.WriteAllText(input, "{\"openapi\":\"3.0.3\"}");
        var linkedFolder = PathOf("linked");
        Directory.CreateSymbolicLink(linkedFolder, PathOf("specs"));
        var inputLink = PathOf("base-link.json");
        File.CreateSymbolicLink(inputLink, input);

        // The same file as written, through a ".." detour, through a linked folder, and named by an input that is a link.
        foreach (var (output, inputs) in new (string, string[])[]
                 {
                     (input, [input]),
                     (PathOf("specs/../specs/base.json"), [input]),
                     (Path.Combine(linkedFolder, "base.json"), [input]),
                     (input, [inputLink]),
                 })
        {
            var refused = Assert.Throws<OutputRefusedException>(() => AtomicFile.Write(output, "report", inputs));
            Assert.Contains("inputs", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal("{\"openapi\":\"3.0.3\"}", File.ReadAllText(input));
        Assert.Empty(Leftovers());

        // Another file next to the inputs is fine, and an input that is no path at all is ignored.
        AtomicFile.Write(PathOf("specs/report.json"), "report", [input, "git:main:specs/base.json", ""]);
        Assert.Equal("report", File.ReadAllText(PathOf("specs/report.json")));
    }
}
