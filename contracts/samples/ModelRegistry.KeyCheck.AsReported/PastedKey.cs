namespace ModelRegistry.KeyCheck;

/// <summary>
/// As reported: the key the checks were run with, pasted into the code so they could be rerun, and from there into
/// a test report. Made up for the sample (it only has the shape of a live key); CORD004 flags it, and every report
/// of Concord shows only its redacted prefix.
/// </summary>
internal static class PastedKey
{
    public const string ApiKey = "hk_live_Wt4nLatKAgE3xPgCQjohh8SbfFdlRJOG";
}
