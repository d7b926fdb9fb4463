using Concord.Core.Findings;

namespace Concord.Core.Reports.Text;

/// <summary>Wraps text in ANSI SGR sequences, or leaves it as it is when colour is off.</summary>
internal sealed class AnsiStyle
{
    private const string Reset = "\e[0m";

    private readonly bool _enabled;

    private AnsiStyle(bool enabled) => _enabled = enabled;

    public static AnsiStyle Colored { get; } = new(enabled: true);

    public static AnsiStyle Plain { get; } = new(enabled: false);

    public string Bold(string text) => Wrap("\e[1m", text);

    public string Dim(string text) => Wrap("\e[2m", text);

    public string Location(string text) => Wrap("\e[36m", text);

    public string Fix(string text) => Wrap("\e[32m", text);

    public string Severity(Severity severity, string text) => severity switch
    {
        Findings.Severity.Error => Wrap("\e[1;31m", text),
        Findings.Severity.Warning => Wrap("\e[1;33m", text),
        _ => Wrap("\e[1;34m", text),
    };

    private string Wrap(string start, string text) => _enabled ? start + text + Reset : text;
}
