namespace Concord.Cli.Output;

/// <summary>
/// The formats <c>concord diff --format</c> accepts. The only file that knows which writers exist:
/// swap in Concord.Core's report writers here.
/// </summary>
internal static class FindingWriters
{
    private static readonly IFindingWriter[] Writers = [new TextFindingWriter(), new JsonFindingWriter()];

    public static IReadOnlyList<string> Formats { get; } = Writers.Select(w => w.Format).ToArray();

    public static IFindingWriter For(string format) =>
        Writers.First(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
