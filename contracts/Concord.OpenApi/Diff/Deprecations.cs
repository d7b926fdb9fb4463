using System.Globalization;
using System.Text.Json.Nodes;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>Deprecation and sunset dates (<c>x-sunset</c>, or <c>x-sunset-date</c>) of operations, parameters and properties.</summary>
internal static class Deprecations
{
    private static readonly string[] SunsetExtensions = ["x-sunset", "x-sunset-date"];

    public static void CompareOperation(DiffContext context, OperationEntry before, OperationEntry after)
    {
        var subject = after.Display;
        var (_, sunset) = Sunset(after.Operation);
        if (!before.Operation.Deprecated && after.Operation.Deprecated)
        {
            context.Report(SpecRules.OperationDeprecated, subject, before.Pointer, after.Pointer, null, sunset is { } date ? Day(date) : "none announced");
            CheckWindow(context, subject, after.Operation.Extensions, before.Pointer, after.Pointer, null);
        }
        else if (before.Operation.Deprecated && !after.Operation.Deprecated)
        {
            context.Report(SpecRules.OperationReactivated, subject, before.Pointer, after.Pointer);
        }

        CompareLifecycle(context, subject, before.Operation.Extensions, after.Operation.Extensions, before.Pointer, after.Pointer, null, after.Operation.Deprecated);
    }

    /// <summary>
    /// For something newly deprecated: a sunset date closer than the window of its stability level
    /// (beta has its own, draft and alpha none) is reported (CORD381).
    /// </summary>
    public static void CheckWindow(DiffContext context, string subject, IDictionary<string, IOpenApiExtension>? extensions, string basePointer, string revisionPointer, Reach? reach)
    {
        var (_, sunset) = Sunset(extensions);
        var (window, windowName) = Window(context.Options, Stability(extensions));
        if (window > 0 && sunset is { } s && (s - context.Options.Now).TotalDays < window)
        {
            context.Report(SpecRules.SunsetTooSoon, subject, basePointer, revisionPointer, windowName, Day(s), reach);
        }
    }

    /// <summary>
    /// What operations, parameters and properties share: a sunset date that is not a date, moved
    /// earlier, or dropped while the deprecation stays, and a stability level that went down.
    /// </summary>
    public static void CompareLifecycle(
        DiffContext context, string subject, IDictionary<string, IOpenApiExtension>? before, IDictionary<string, IOpenApiExtension>? after,
        string basePointer, string revisionPointer, Reach? reach, bool stillDeprecated)
    {
        var (sunsetText, sunset) = Sunset(after);
        var (baseSunsetText, baseSunset) = Sunset(before);

        // Dropping the date of something no longer deprecated is part of reactivating it; dropping it while the
        // deprecation stays leaves clients with no date, and the removal may now come at any time (CORD382/398 info).
        if (stillDeprecated && baseSunsetText is not null && sunsetText is null)
        {
            context.Report(SpecRules.SunsetRemoved, subject, basePointer, revisionPointer, baseSunset is { } date ? Day(date) : baseSunsetText, null, reach);
        }
        if (sunsetText is not null && sunset is null && !string.Equals(sunsetText, baseSunsetText, StringComparison.Ordinal))
        {
            context.Report(SpecRules.SunsetDateInvalid, subject, basePointer, revisionPointer, null, sunsetText, reach);
        }

        if (baseSunset is { } was && sunset is { } now && now < was)
        {
            context.Report(SpecRules.SunsetMovedEarlier, subject, basePointer, revisionPointer, Day(was), Day(now), reach);
        }

        var (levelText, level) = StabilityText(after);
        if (levelText is not null && level is null && !string.Equals(levelText, StabilityText(before).Text, StringComparison.Ordinal))
        {
            context.Report(SpecRules.StabilityLevelInvalid, subject, basePointer, revisionPointer, null, levelText, reach);
        }

        // Only a level declared on both sides can go down: marking an unmarked operation beta states what it was all along.
        if (Stability(before) is { } wasLevel && Stability(after) is { } nowLevel && nowLevel < wasLevel)
        {
            context.Report(SpecRules.StabilityDecreased, subject, basePointer, revisionPointer, Name(wasLevel), Name(nowLevel), reach);
        }
    }

    /// <summary>The rule for a removed operation: a deprecation whose sunset has passed (or was never set) is expected.</summary>
    public static SpecRule? RemovalRule(DiffContext context, OperationEntry removed, out string? sunsetText)
    {
        sunsetText = null;
        if (!removed.Operation.Deprecated)
        {
            // Draft and alpha operations promise nothing, so taking one away is news, not a break.
            if (Stability(removed.Operation.Extensions) is (StabilityLevel.Draft or StabilityLevel.Alpha) and var level)
            {
                sunsetText = Name(level);
                return SpecRules.UnstableOperationRemoved;
            }

            return null;
        }

        var (text, sunset) = Sunset(removed.Operation);
        sunsetText = sunset is { } date ? Day(date) : text ?? "none announced";
        return sunset is { } s && s > context.Options.Now ? SpecRules.OperationRemovedBeforeSunset : SpecRules.DeprecatedOperationRemoved;
    }

    /// <summary>
    /// The rule for a removed parameter or property that announced a sunset date still ahead: removing it
    /// breaks the promise, whether or not it was also marked deprecated.
    /// </summary>
    public static bool RemovedBeforeSunset(DiffContext context, IDictionary<string, IOpenApiExtension>? extensions, out string? sunsetText)
    {
        var (_, sunset) = Sunset(extensions);
        sunsetText = sunset is { } date ? Day(date) : null;
        return sunset is { } s && s > context.Options.Now;
    }

    /// <summary>The <c>x-stability-level</c>, or null when it declares none (or one not in the list).</summary>
    private static StabilityLevel? Stability(IDictionary<string, IOpenApiExtension>? extensions) => StabilityText(extensions).Level;

    private static (string? Text, StabilityLevel? Level) StabilityText(IDictionary<string, IOpenApiExtension>? extensions)
    {
        if (extensions?.TryGetValue("x-stability-level", out var extension) != true || extension is not JsonNodeExtension { Node: { } node })
        {
            return (null, null);
        }

        // Enum.TryParse also takes numbers ("2"); only the four names count.
        var text = node is JsonValue value ? value.ToString() : node.ToJsonString();
        var level = Enum.GetValues<StabilityLevel>().Where(l => string.Equals(Name(l), text.Trim(), StringComparison.OrdinalIgnoreCase)).Select(l => (StabilityLevel?)l).FirstOrDefault();
        return (text, level);
    }

    /// <summary>The notice a deprecation must give at this level: beta has its own window, draft and alpha need none.</summary>
    private static (int Days, string Name) Window(SpecDiffOptions options, StabilityLevel? level) => level switch
    {
        StabilityLevel.Draft or StabilityLevel.Alpha => (0, string.Empty),
        StabilityLevel.Beta => (options.BetaDeprecationWindowDays ?? options.DeprecationWindowDays,
            (options.BetaDeprecationWindowDays ?? options.DeprecationWindowDays).ToString(CultureInfo.InvariantCulture) + "-day beta"),
        _ => (options.DeprecationWindowDays, options.DeprecationWindowDays.ToString(CultureInfo.InvariantCulture) + "-day"),
    };

    private static string Name(StabilityLevel level) => level.ToString().ToLowerInvariant();

    private static (string? Text, DateTimeOffset? Date) Sunset(OpenApiOperation operation) => Sunset(operation.Extensions);

    private static (string? Text, DateTimeOffset? Date) Sunset(IDictionary<string, IOpenApiExtension>? extensions)
    {
        foreach (var name in SunsetExtensions)
        {
            if (extensions?.TryGetValue(name, out var extension) == true && extension is JsonNodeExtension { Node: JsonValue value })
            {
                var text = value.ToString();
                var parsed = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : (DateTimeOffset?)null;
                return (text, parsed);
            }
        }

        return (null, null);
    }

    private static string Day(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The values of <c>x-stability-level</c>, least stable first.</summary>
internal enum StabilityLevel
{
    Draft,
    Alpha,
    Beta,
    Stable,
}
