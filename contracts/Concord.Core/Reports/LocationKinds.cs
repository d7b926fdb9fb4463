using System.Globalization;
using Concord.Core.Findings;

namespace Concord.Core.Reports;

/// <summary>The kinds of location, as reports name them (<c>source</c>, <c>spec</c>, <c>pact</c>, <c>endpoint</c>).</summary>
internal enum LocationKind
{
    Source,
    Spec,
    Pact,
    Endpoint,
}

internal static class LocationKinds
{
    public static LocationKind Of(Location location) => location switch
    {
        SourceLocation => LocationKind.Source,
        SpecLocation => LocationKind.Spec,
        PactLocation => LocationKind.Pact,
        EndpointLocation => LocationKind.Endpoint,
        _ => throw new ArgumentOutOfRangeException(nameof(location), location.GetType().Name, "Unknown location kind."),
    };

    /// <summary>The kind's name in JSON and HTML reports.</summary>
    public static string Name(Location location) => Of(location) switch
    {
        LocationKind.Source => "source",
        LocationKind.Spec => "spec",
        LocationKind.Pact => "pact",
        _ => "endpoint",
    };

    /// <summary>
    /// The location's kind and every field in one string, numbers padded so that line 9 sorts
    /// before line 10: comparing keys orders locations by kind, then file, then position.
    /// </summary>
    public static string SortKey(Location location) => location switch
    {
        SourceLocation s => Join("0", s.File, Pad(s.Line), Pad(s.Column), Pad(s.EndLine), Pad(s.EndColumn)),
        SpecLocation s => Join("1", s.Document, s.JsonPointer, Pad(s.Line), Pad(s.Column)),
        PactLocation p => Join("2", p.PactFile, p.Interaction, p.Consumer ?? string.Empty, p.Provider ?? string.Empty),
        EndpointLocation e => Join("3", e.Url, e.Method),
        _ => location.Display,
    };

    private static string Pad(int? number) => number?.ToString("D10", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Join(params string[] parts) => string.Join('\u0001', parts);
}
