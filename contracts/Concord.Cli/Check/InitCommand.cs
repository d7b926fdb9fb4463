using System.CommandLine;
using Concord.Cli.CommandLine;
using Concord.Cli.Output;
using Concord.Cli.Systems;

namespace Concord.Cli.Check;

/// <summary><c>concord init [system]</c>: discover a system and write it to a system file for review.</summary>
internal static class InitCommand
{
    private const string Description = """
        Discover a system the way check does (build its projects with Concord's analyzers, read a solution's web
        projects and HTTP clients, or an Aspire app host's model) and write what was found to a system file, to
        review and correct. Nothing is started.

        Examples:
          concord init
          concord init Shop.slnx --output concord.json

        Exit codes: 0 written, 2 could not decide (nothing to discover, a failed build, the file exists).
        """;

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var systemArgument = new Argument<string?>("system")
        {
            Description = "A solution, Aspire app host project or folder (default: the current folder).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var outputFile = new Option<string>("--output", "-o") { Description = "The system file to write.", DefaultValueFactory = _ => "concord.json" };
        var force = new Option<bool>("--force") { Description = "Replace the system file when it exists." };
        var command = new Command("init", Description) { systemArgument, outputFile, force };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var target = Path.GetFullPath(parsed.GetValue(outputFile)!, workingDirectory);
            if (File.Exists(target) && !parsed.GetValue(force))
            {
                error.WriteLine($"concord: error: {target} exists; review it, or pass --force to replace it.");
                return ExitCodes.CouldNotDecide;
            }

            try
            {
                var source = SystemSource.Locate(parsed.GetValue(systemArgument), workingDirectory);
                if (source.Kind == SystemSourceKind.SystemFile)
                {
                    error.WriteLine($"concord: error: {source.Path} is a system file already; init discovers from a solution, folder or Aspire app host.");
                    return ExitCodes.CouldNotDecide;
                }

                var run = new CheckRun(source, new CheckOptions(NoBuild: false, Core.Findings.Severity.Warning, []), new CheckProgress(GlobalOptions.VerbosityOf(parsed) == Verbosity.Quiet ? TextWriter.Null : error));
                await run.DiscoverAsync(cancellationToken).ConfigureAwait(false);
                var directory = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(directory);
                AtomicFile.Write(target, SystemFileWriter.Write(run.Services, directory, source.PactFolder));
                output.WriteLine($"wrote {target}: {run.Services.Count} part(s); review it, then run concord check {Path.GetRelativePath(workingDirectory, target)}");
                return ExitCodes.Clean;
            }
            catch (Exception e) when (e is SystemFileException or CheckFailedException or IOException or UnauthorizedAccessException or OutputRefusedException)
            {
                error.WriteLine($"concord: error: {e.Message}");
                return ExitCodes.CouldNotDecide;
            }
        });
        return command;
    }
}
