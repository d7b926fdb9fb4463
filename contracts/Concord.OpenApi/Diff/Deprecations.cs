using System.Globalization;
using System.Text.Json.Nodes;
using Concord.OpenApi.Rules;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Diff;

/// <summary>Deprecation and sunset dates (<c>x-sunset</c>, or <c>x-sunset-date</c>) of operations.</summary>
internal static class Deprecations
{
    private static readonly string[] SunsetExtensions = ["x-sunset", "x-sunset-date"];

    public static void CompareOperation(DiffContext context, OperationEntry before, OperationEntry after)
    {
        var subject = after.Display;
        var (sunsetText, sunset) = Sunset(after.Operation);
        var (baseSunsetText, baseSunset) = Sunset(before.Operation);
        if (sunsetText is not null && sunset is null && !string.Equals(sunsetText, baseSunsetText, StringComparison.Ordinal))
        {
            context.Report(SpecRules.SunsetDateInvalid, subject, before.Pointer, after.Pointer, null, sunsetText);
        }

        if (!before.Operation.Deprecated && after.Operation.Deprecated)
        {
            context.Report(SpecRules.OperationDeprecated, subject, before.Pointer, after.Pointer, null, sunset is { } date ? Day(date) : "none announced");
            var window = context.Options.DeprecationWindowDays;
            if (window > 0 && sunset is { } s && (s - context.Options.Now).TotalDays < window)
            {
                context.Report(SpecRules.SunsetTooSoon, subject, before.Pointer, after.Pointer, window.ToString(CultureInfo.InvariantCulture), Day(s));
            }
        }
        else if (before.Operation.Deprecated && !after.Operation.Deprecated)
        {
            context.Report(SpecRules.OperationReactivated, subject, before.Pointer, after.Pointer);
        }

        if (baseSunset is { } was && sunset is { } now && now < was)
        {
            context.Report(SpecRules.SunsetMovedEarlier, subject, before.Pointer, after.Pointer, Day(was), Day(now));
        }
    }

    /// <summary>The rule for a removed operation: a deprecation whose sunset has passed (or was never set) is expected.</summary>
    public static SpecRule? RemovalRule(DiffContext context, OperationEntry removed, out string? sunsetText)
    {
        sunsetText = null;
        if (!removed.Operation.Deprecated)
        {
            return null;
        }

        var (text, sunset) = Sunset(removed.Operation);
        sunsetText = sunset is { } date ? Day(date) : text ?? "none announced";
        return sunset is { } s && s > context.Options.Now ? SpecRules.OperationRemovedBeforeSunset : SpecRules.DeprecatedOperationRemoved;
    }

    private static (string? Text, DateTimeOffset? Date) Sunset(OpenApiOperation operation)
    {
        foreach (var name in SunsetExtensions)
        {
            if (operation.Extensions?.TryGetValue(name, out var extension) == true && extension is JsonNodeExtension { Node: JsonValue value })
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
