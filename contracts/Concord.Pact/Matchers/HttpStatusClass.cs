namespace Concord.Pact.Matchers;

/// <summary>A class of HTTP status codes, for <see cref="Match.StatusCode(HttpStatusClass, int)"/> (Pact V4).</summary>
public enum HttpStatusClass
{
    /// <summary>1xx.</summary>
    Information,

    /// <summary>2xx.</summary>
    Success,

    /// <summary>3xx.</summary>
    Redirect,

    /// <summary>4xx.</summary>
    ClientError,

    /// <summary>5xx.</summary>
    ServerError,

    /// <summary>Anything below 400.</summary>
    NonError,

    /// <summary>400 and above.</summary>
    Error,
}
