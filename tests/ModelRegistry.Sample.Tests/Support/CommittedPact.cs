using System.Text.Json.Nodes;

namespace ModelRegistry.Sample.Tests.Support;

/// <summary>
/// The committed pacts are what the consumer tests write: a test compares the two, and with
/// <c>CONCORD_UPDATE_PACTS=1</c> it copies the written pact over the committed one instead.
/// </summary>
public static class CommittedPact
{
    public static void AssertMatches(string written, string variant)
    {
        var committed = Path.Combine(SamplePaths.Pacts(variant), Path.GetFileName(written));
        if (Environment.GetEnvironmentVariable("CONCORD_UPDATE_PACTS") == "1")
        {
            File.Copy(written, committed, overwrite: true);
        }

        Assert.True(File.Exists(committed), $"{committed} is not committed; run the consumer tests with CONCORD_UPDATE_PACTS=1.");
        Assert.Equal(WithoutMetadata(committed), WithoutMetadata(written));
    }

    private static string WithoutMetadata(string path)
    {
        var pact = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        pact.Remove("metadata");
        return pact.ToJsonString();
    }
}
