namespace Concord.Cli.Check;

/// <summary>How a started service showed it was ready.</summary>
internal enum Readiness
{
    /// <summary>Its health path answered 2xx.</summary>
    Healthy,

    /// <summary>With no health path: its root answered (any status).</summary>
    Answered,

    /// <summary>With no health path: it took the request to its root and was still working on it after one attempt's time.</summary>
    ListeningButSlow,
}
