using System.Collections.Immutable;
using System.Text.Json;
using Concord.Core.Findings;
using Concord.Core.Reports;
using CsCheck;

namespace Concord.Core.Tests.Reports;

/// <summary>
/// Generated findings through every report writer: whatever the text (markup, control characters, any
/// Unicode) and wherever a credential sits in it (message, fix, file path, JSON pointer, pact description,
/// URL; glued to a word or not), no writer throws, the machine formats stay parseable, and no credential
/// value is written. CsCheck prints the seed of a failing case; set CsCheck_Seed to replay it.
/// </summary>
public sealed class ReportWriterPropertyTests
{
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A credential value: long, random, holding a digit (as every real one does).</summary>
    private static readonly Gen<string> Secret =
        Gen.Select(Gen.Char[Alphanumeric].Array[20, 30], Gen.Char['0', '9'], (chars, digit) => new string(chars) + digit);

    /// <summary>Each credential shape the redactor documents, with the value that must never be written.</summary>
    private static readonly Gen<(string Text, string Value)> Credential = Gen.OneOf(
        Gen.Select(Pick("sk", "rk", "pk", "hk"), Pick("live", "test", "prod"), Secret, Glue, (kind, mode, value, glue) => ($"{glue}{kind}_{mode}_{value}", value)),
        Gen.Select(Pick("ghp_", "gho_", "ghs_", "github_pat_"), Secret, Glue, (prefix, value, glue) => ($"{glue}{prefix}{value}", value)),
        Gen.Select(Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"].Array[16], chars => ($" AKIA{new string(chars)} ", new string(chars))),
        Gen.Select(Secret, value => ($" xoxb-{value}", value)),
        Gen.Select(Secret, Secret, Secret, (a, b, c) => ($" eyJ{a}.eyJ{b}.{c}", $"{a}.eyJ{b}.{c}")),
        Gen.Select(Pick("Bearer", "bearer", "Basic", "Token"), Secret, (scheme, value) => ($" {scheme} {value}", value)),
        Gen.Select(Pick("?api_key=", "&access_token=", "?password=", " client_secret="), Secret, (parameter, value) => ($"{parameter}{value}", value)),
        Gen.Select(Pick("X-API-Key: ", "x-hokusai-api-key:", "Api-Key : ", "X-Auth-Token: "), Secret, (header, value) => ($" {header}{value}", value)),
        Gen.Select(Secret, value => ($" https://svc:{value}@models.example.test/", value)));

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>What may sit right before a key that announces itself by its prefix.</summary>
    private static Gen<string> Glue => Pick(" ", "X", "7", "~1", "%2F", "/", "\"", "<b>");

    /// <summary>Text around a credential: markup of every format, control characters, any Unicode.</summary>
    private static readonly Gen<string> Filler = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 12],
        Pick("<script>x</script>", "]]>", "| --- |", "*a* _b_ `c`", "&amp;", "\u0000\u0007\u001b[31m", "\r\n", "\ud83d\ude00", "\u202e", "{{x}}", "\"'\\"),
        Gen.String[Gen.Char, 0, 8]);

    // Credentials are apart from each other (a key glued to a word is covered by Glue; two keys glued into one
    // token are one unknown token, not two keys).
    private static readonly Gen<(string Text, string[] Values)> Field =
        Gen.Select(Filler, Credential.Array[0, 2], Filler, (before, credentials, after) =>
            (before + string.Join(" ", credentials.Select(c => c.Text)) + " " + after, credentials.Select(c => c.Value).ToArray()));

    private static readonly Gen<(Finding Finding, string[] Values)> GeneratedFinding =
        Gen.Select(Field, Field, Field, Gen.Int[0, 3], Gen.OneOf(Gen.Const(Severity.Error), Gen.Const(Severity.Warning), Gen.Const(Severity.Info)), (message, fix, place, kind, severity) =>
        {
            Location location = kind switch
            {
                0 => new SourceLocation($"/repo/src/{place.Text}.cs", 3, 5),
                1 => new SpecLocation("/repo/specs/api.yaml", "/paths/~1keys~1" + place.Text + "/get", 12, 3),
                2 => new PactLocation("/repo/pacts/a-b.json", place.Text, "a", "b"),
                _ => new EndpointLocation("GET", "http://127.0.0.1:5000/keys/" + place.Text),
            };
            var finding = new Finding("CORD003", severity, Lens.Code, message.Text, location, [], fix.Text);
            return (finding, message.Values.Concat(fix.Values).Concat(place.Values).ToArray());
        });

    [Fact]
    public void No_writer_throws_or_writes_a_credential_and_machine_formats_stay_parseable()
    {
        GeneratedFinding.Array[1, 4].Sample(generated =>
        {
            ImmutableArray<Finding> findings = [.. generated.Select(g => g.Finding)];
            var values = generated.SelectMany(g => g.Values).ToList();
            foreach (var format in ReportWriters.Formats)
            {
                var report = SampleFindings.Render(ReportWriters.Get(format), findings);
                foreach (var value in values)
                {
                    Assert.False(report.Contains(value, StringComparison.Ordinal), $"{format} wrote the credential value {value}:{Environment.NewLine}{report}");
                }

                if (format is "json" or "sarif" or "gitlab")
                {
                    using var parsed = JsonDocument.Parse(report);
                }
            }
        }, iter: 150);
    }
}
