namespace Concord.Cli.Check;

/// <summary>What the build's analyzers said, per project: findings (with their properties) and the HTTP inventory.</summary>
internal sealed record CodeLens(IReadOnlyDictionary<string, IReadOnlyList<CodeDiagnostic>> Diagnostics, IReadOnlyDictionary<string, HttpInventory> Inventories);
