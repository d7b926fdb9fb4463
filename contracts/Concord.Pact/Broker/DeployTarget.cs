namespace Concord.Pact.Broker;

/// <summary>Where a version is to be deployed, for can-i-deploy.</summary>
public abstract record DeployTarget
{
    private protected DeployTarget()
    {
    }

    /// <summary>An environment recorded in the broker (<c>record-deployment</c>/<c>record-release</c>); the broker's preferred form.</summary>
    public sealed record Environment(string Name) : DeployTarget;

    /// <summary>An environment identified by a tag (the broker's older form).</summary>
    public sealed record Tag(string Name) : DeployTarget;
}
