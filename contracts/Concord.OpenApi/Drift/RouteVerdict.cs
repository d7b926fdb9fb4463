namespace Concord.OpenApi.Drift;

/// <summary>What a running service does with a route, as far as the evidence shows.</summary>
public enum RouteState
{
    /// <summary>A handler answers it (whatever its status).</summary>
    Served,

    /// <summary>Nothing is mapped there: routing itself answers.</summary>
    NotMapped,

    /// <summary>The path is mapped, but for other methods.</summary>
    OtherMethodsOnly,
}

/// <summary>A judgement on one route and the evidence it rests on, in words a message can quote.</summary>
public sealed record RouteVerdict(RouteState State, string Evidence)
{
    /// <summary>Whether the route is not served for the method asked (not mapped, or mapped for other methods only).</summary>
    public bool NotServed => State != RouteState.Served;

    /// <summary>
    /// Judges a live answer alone (no served document). In order of strength: 405 means the path is mapped for other
    /// methods; a 404 answered exactly as a path nobody maps is answered (<paramref name="unmapped"/>) is routing's,
    /// one answered otherwise is a handler's; with no such comparison, an empty 404 is taken for routing's, a 404
    /// with a JSON body (or any body, when the operation documents 404) for a handler's. Any other status is a handler's.
    /// </summary>
    public static RouteVerdict Judge(ProbeOutcome outcome, ProbeOutcome? unmapped, bool notFoundDocumented)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var request = $"{outcome.Method} {outcome.Url.PathAndQuery}";
        if (outcome.Status == 405)
        {
            return new(RouteState.OtherMethodsOnly, $"{request} answers {outcome.Describe()}");
        }

        if (outcome.Status != 404)
        {
            return new(RouteState.Served, $"{request} answers {outcome.Status}");
        }

        if (unmapped is not null && outcome.Answer is not null && unmapped.Answer is not null)
        {
            return outcome.Answer == unmapped.Answer
                ? new(RouteState.NotMapped, $"{request} answers {outcome.Describe()}, exactly as a path nobody maps does ({unmapped.Url.AbsolutePath})")
                : new(RouteState.Served, $"{request} answers {outcome.Describe()}, unlike a path nobody maps ({unmapped.Describe()}): a handler's 404");
        }

        if (!outcome.HasBody)
        {
            return new(RouteState.NotMapped, $"{request} answers 404 with an empty body, as routing answers a path nobody maps");
        }

        return outcome.HasJsonBody || notFoundDocumented
            ? new(RouteState.Served, $"{request} answers {outcome.Describe()}: a handler's 404")
            : new(RouteState.NotMapped, $"{request} answers {outcome.Describe()}, a 404 the operation does not document");
    }
}
