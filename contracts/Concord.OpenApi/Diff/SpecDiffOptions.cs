namespace Concord.OpenApi.Diff;

/// <summary>What a diff reports and how it judges deprecations.</summary>
public sealed record SpecDiffOptions
{
    /// <summary>Rule ids never reported (e.g. <c>CORD292</c>).</summary>
    public IReadOnlySet<string> IgnoredRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Path templates whose operations are not diffed; <c>*</c> matches any run of characters
    /// (e.g. <c>/internal/*</c>). A shared schema reached only from ignored paths is not reported.
    /// </summary>
    public IReadOnlyList<string> IgnoredPaths { get; init; } = [];

    /// <summary>
    /// Days of notice a newly deprecated stable (or unmarked) operation must give: a sunset date (<c>x-sunset</c>) closer than
    /// this is reported (CORD381). 0 turns the check off.
    /// </summary>
    public int DeprecationWindowDays { get; init; }

    /// <summary>
    /// The window for operations marked <c>x-stability-level: beta</c>, usually shorter than the stable one;
    /// null uses <see cref="DeprecationWindowDays"/>. Draft and alpha operations have no window.
    /// </summary>
    public int? BetaDeprecationWindowDays { get; init; }

    /// <summary>"Now", for judging sunset dates; the current time unless a test fixes it.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The defaults: report everything, no deprecation window.</summary>
    public static SpecDiffOptions Default { get; } = new();
}
