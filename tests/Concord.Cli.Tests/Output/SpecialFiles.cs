using System.Diagnostics;

namespace Concord.Cli.Tests.Output;

/// <summary>Makes the non-regular files a report must never replace: FIFOs and device nodes, with the system's own tools.</summary>
internal static class SpecialFiles
{
    public static bool IsRoot => Environment.UserName == "root" || Run("id", "-u").Trim() == "0";

    public static void Fifo(string path) => Run("mkfifo", path);

    /// <summary>
    /// A character device: as root, a fresh node with the numbers of <paramref name="system"/> made in
    /// the test's folder (so a regression replaces that node, never the machine's own); otherwise the
    /// system's node itself, which an unprivileged run cannot replace anyway.
    /// </summary>
    public static string CharacterDevice(string folder, string system)
    {
        if (!IsRoot)
        {
            return system;
        }

        var numbers = Run("stat", "-c", "%t %T", system).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var node = Path.Combine(folder, Path.GetFileName(system));
        Run("mknod", node, "c", Convert.ToInt32(numbers[0], 16).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(numbers[1], 16).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return node;
    }

    /// <summary>What <c>stat</c> says the entry is, without following a link, e.g. "fifo", "character special file".</summary>
    public static string Kind(string path) => Run("stat", "-c", "%F", path).Trim();

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
