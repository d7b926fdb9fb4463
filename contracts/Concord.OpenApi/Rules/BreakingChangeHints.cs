namespace Concord.OpenApi.Rules;

/// <summary>How to ship a change without breaking clients, by what changed and which way data flows.</summary>
internal static class BreakingChangeHints
{
    public static string For(RuleArea area, ChangeDirection direction) => (area, direction) switch
    {
        (RuleArea.Paths, _) => "Keep serving the old route (mark it deprecated with an x-sunset date) until clients have moved.",
        (RuleArea.Deprecation, _) => "Keep the operation until the sunset date it announced.",
        (RuleArea.Security, _) => "Accept the old credentials alongside the new ones (list both security requirements) during a migration window.",
        (RuleArea.Servers, _) => "Keep answering on the old base path (an alias or redirect) until clients have moved.",
        (RuleArea.Responses, _) or (_, ChangeDirection.Response) =>
            "Keep returning what clients were promised; add new shapes behind new fields, or in a new API version.",
        _ => "Keep accepting what was accepted before (make it optional or give it a default); tighten it in a new API version.",
    };
}
