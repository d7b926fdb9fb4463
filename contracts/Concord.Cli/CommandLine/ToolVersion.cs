using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Concord.Cli.CommandLine;

/// <summary>
/// The tool's version, as <c>--version</c> prints it and every report names it: the package version set
/// once in Directory.Build.props, without the commit the build adds after a '+'.
/// </summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>Makes the root's <c>--version</c> print <see cref="Current"/>.</summary>
    public static void Use(RootCommand root)
    {
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion();
        }
    }

    internal sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Current);
            return ExitCodes.Clean;
        }
    }
}
