namespace Concord.Pact.Broker;

/// <summary>
/// The broker's can-i-deploy answer. Only an explicit <c>deployable: true</c> from the broker makes
/// <see cref="CanDeploy"/> true: <c>false</c> and the broker's "unknown" (<c>null</c>, e.g. a missing verification) both say no.
/// </summary>
public sealed record CanIDeployResult(
    string Pacticipant,
    string Version,
    DeployTarget Target,
    bool? Deployable,
    string Reason,
    int Succeeded,
    int Failed,
    int Unknown,
    IReadOnlyList<MatrixRow> Rows)
{
    /// <summary>True only when the broker said <c>deployable: true</c>.</summary>
    public bool CanDeploy => Deployable == true;

    public override string ToString()
    {
        var verdict = Deployable switch
        {
            true => "can deploy",
            false => "cannot deploy",
            null => "cannot deploy (the broker does not know: a verification is missing)",
        };
        var lines = new List<string>
        {
            $"{Pacticipant} {Version} {verdict} to {TargetText}: {Reason}",
            $"  {Succeeded} succeeded, {Failed} failed, {Unknown} unknown",
        };
        lines.AddRange(Rows.Select(row => "  " + row));
        return string.Join(Environment.NewLine, lines);
    }

    private string TargetText => Target switch
    {
        DeployTarget.Environment environment => $"environment {environment.Name}",
        DeployTarget.Tag tag => $"tag {tag.Name}",
        _ => Target.ToString(),
    };
}

/// <summary>One row of the broker's matrix: a consumer version, a provider version and whether the pact between them verified (null: not verified).</summary>
public sealed record MatrixRow(string Consumer, string ConsumerVersion, string Provider, string? ProviderVersion, bool? Success)
{
    public override string ToString() =>
        $"{Consumer} {ConsumerVersion} -> {Provider} {ProviderVersion ?? "(no version)"}: " + Success switch
        {
            true => "verified",
            false => "failed",
            null => "not verified",
        };
}
