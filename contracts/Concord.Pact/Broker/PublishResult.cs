namespace Concord.Pact.Broker;

/// <summary>What the broker confirmed after publishing: the consumer, its version and where each pact now lives.</summary>
public sealed record PublishResult(string Consumer, string Version, IReadOnlyList<PublishedContract> Contracts, IReadOnlyList<BrokerNotice> Notices)
{
    public override string ToString() =>
        $"Published {Contracts.Count} pact(s) for {Consumer} version {Version}: " + string.Join(", ", Contracts.Select(c => c.Address));
}

/// <summary>One pact the broker now holds.</summary>
/// <param name="Name">The broker's name for it, e.g. <c>Pact between Shop (1a2b3c) and Catalogue</c>.</param>
/// <param name="Address">Where the broker serves it.</param>
public sealed record PublishedContract(string Name, Uri Address);

/// <summary>A notice or log line the broker returned (<c>info</c>, <c>warning</c>, <c>error</c>, <c>debug</c>, …).</summary>
public sealed record BrokerNotice(string Level, string Text);
