using System.Text.Json.Nodes;

namespace Concord.Pact.Provider;

/// <summary>One Pact Broker consumer version selector; set the fields the broker should filter on.</summary>
public sealed record ConsumerVersionSelector
{
    /// <summary>The consumer's main branch.</summary>
    public bool? MainBranch { get; init; }

    /// <summary>A branch of the consumer.</summary>
    public string? Branch { get; init; }

    /// <summary>Consumer versions on a branch with the same name as the provider's.</summary>
    public bool? MatchingBranch { get; init; }

    /// <summary>Versions deployed or released to an environment.</summary>
    public string? Environment { get; init; }

    /// <summary>Versions currently deployed.</summary>
    public bool? Deployed { get; init; }

    /// <summary>Versions currently released.</summary>
    public bool? Released { get; init; }

    /// <summary>Versions currently deployed or released.</summary>
    public bool? DeployedOrReleased { get; init; }

    /// <summary>One consumer only.</summary>
    public string? Consumer { get; init; }

    /// <summary>A tag (legacy).</summary>
    public string? Tag { get; init; }

    /// <summary>Only the latest version of what else is selected.</summary>
    public bool? Latest { get; init; }

    internal string ToJson()
    {
        var json = new JsonObject();
        Add(json, "mainBranch", MainBranch);
        Add(json, "branch", Branch);
        Add(json, "matchingBranch", MatchingBranch);
        Add(json, "environment", Environment);
        Add(json, "deployed", Deployed);
        Add(json, "released", Released);
        Add(json, "deployedOrReleased", DeployedOrReleased);
        Add(json, "consumer", Consumer);
        Add(json, "tag", Tag);
        Add(json, "latest", Latest);
        return json.ToJsonString();
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void Add(JsonObject json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json[name] = flag;
        }
    }
}
