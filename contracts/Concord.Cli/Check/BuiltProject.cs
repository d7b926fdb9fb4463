namespace Concord.Cli.Check;

/// <summary>What building a project gave: its assembly, the compiler's SARIF log and the files it compiled.</summary>
internal sealed record BuiltProject(string Project, string TargetPath, string IntermediateAssembly, string SarifLog, IReadOnlyList<string> CompiledFiles);
