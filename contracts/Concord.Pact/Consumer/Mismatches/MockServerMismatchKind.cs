namespace Concord.Pact.Consumer.Mismatches;

/// <summary>What went wrong with a request, from the mock server's point of view.</summary>
public enum MockServerMismatchKind
{
    /// <summary>The request resembled an interaction but differed in some part.</summary>
    MismatchedRequest,

    /// <summary>No interaction of the pact describes this request.</summary>
    UnexpectedRequest,

    /// <summary>An interaction of the pact was never requested.</summary>
    MissingRequest,

    /// <summary>Something the core reported that Concord does not know; the raw text is in the details.</summary>
    Other,
}
