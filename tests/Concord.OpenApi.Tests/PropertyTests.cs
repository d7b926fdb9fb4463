using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;
using CsCheck;

namespace Concord.OpenApi.Tests;

public sealed class PropertyTests
{
    [Fact]
    public void A_generated_document_diffed_with_itself_has_no_findings()
    {
        GeneratedDocuments.Document.Sample(json =>
        {
            var findings = Docs.Compare(json, json);
            Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
        }, iter: 300);
    }

    [Fact]
    public void Diffing_a_document_with_a_damaged_copy_never_throws_and_is_deterministic()
    {
        Gen.Select(GeneratedDocuments.Document, Gen.Int, Gen.Int[1, 6]).Sample((json, seed, mutations) =>
        {
            var damaged = GeneratedDocuments.Mutate(json, seed, mutations);
            SpecDocument revision;
            try
            {
                revision = SpecLoader.LoadText("damaged.json", damaged);
            }
            catch (SpecLoadException e)
            {
                // Refusing a broken document is allowed; it must say where, in one line.
                Assert.DoesNotContain('\n', e.Message);
                return;
            }

            var original = SpecLoader.LoadText("original.json", json);
            var forward = SpecDiff.Compare(original, revision).Select(f => f.Message).ToArray();
            var again = SpecDiff.Compare(original, revision).Select(f => f.Message).ToArray();
            Assert.Equal(forward, again);
            _ = SpecDiff.Compare(revision, original);
        }, iter: 300);
    }
}
