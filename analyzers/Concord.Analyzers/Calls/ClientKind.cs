namespace Concord.Analyzers.Calls;

/// <summary>How the code names the HttpClient a call goes through, which is how a tool finds the provider it reaches.</summary>
internal enum ClientKind
{
    /// <summary>The client could not be identified (a parameter, a client built by hand).</summary>
    Unknown,

    /// <summary>A typed client: a class whose constructor takes an HttpClient; named by the class's full name.</summary>
    Typed,

    /// <summary>A named client from <c>IHttpClientFactory.CreateClient("name")</c>; named by that name.</summary>
    Named,

    /// <summary>A Refit interface; named by the interface's full name.</summary>
    Refit,
}

internal static class ClientKinds
{
    /// <summary>The value of the <c>ClientKind</c> diagnostic property: typed, named, refit or unknown.</summary>
    public static string ToPropertyValue(this ClientKind kind) => kind switch
    {
        ClientKind.Typed => "typed",
        ClientKind.Named => "named",
        ClientKind.Refit => "refit",
        _ => "unknown",
    };
}
