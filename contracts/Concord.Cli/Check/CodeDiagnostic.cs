using Concord.Core.Findings;

namespace Concord.Cli.Check;

/// <summary>
/// A code-lens finding read from a compiler's SARIF log, with the diagnostic's custom properties
/// (e.g. CORD001's <c>RequestUrl</c>, CORD002's <c>SettingName</c> and <c>FallbackAddress</c>).
/// </summary>
internal sealed record CodeDiagnostic(Finding Finding, IReadOnlyDictionary<string, string> Properties)
{
    public string? Property(string name) => Properties.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
