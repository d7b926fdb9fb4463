namespace Concord.OpenApi.Rules;

/// <summary>The part of a document a rule looks at.</summary>
public enum RuleArea
{
    Paths,
    Parameters,
    RequestBodies,
    Responses,
    Schemas,
    Security,
    Servers,
    Deprecation,
    Document,
}

/// <summary>What happened to the thing a rule looks at.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
    Narrowed,
    Widened,
    Renamed,
    Deprecated,
}

/// <summary>
/// Which way data flows through the thing that changed. Widening what a server accepts (request) is
/// safe and narrowing it breaks clients; for what a server returns (response) it is the other way round.
/// </summary>
public enum ChangeDirection
{
    None,
    Request,
    Response,
}
