using Concord.Core.Findings;
using Concord.Core.Reports;

namespace Concord.Core.Tests.Reports;

/// <summary>What every format promises: found by name, deterministic, redacted, fine with no findings.</summary>
public sealed class ReportWritersTests
{
    public static TheoryData<string> Formats => [.. ReportWriters.Formats];

    [Fact]
    public void Knows_the_seven_formats_in_help_order() =>
        Assert.Equal(["text", "markdown", "json", "sarif", "junit", "html", "gitlab"], ReportWriters.Formats);

    [Theory]
    [InlineData("SARIF", ".sarif")]
    [InlineData(" json ", ".json")]
    [InlineData("junit", ".xml")]
    [InlineData("Markdown", ".md")]
    [InlineData("html", ".html")]
    [InlineData("text", ".txt")]
    [InlineData("GitLab", ".json")]
    public void Finds_a_writer_by_name_in_any_case(string format, string extension)
    {
        var writer = ReportWriters.Get(format);
        Assert.Equal(format.Trim().ToLowerInvariant(), writer.Format);
        Assert.Equal(extension, writer.FileExtension);
    }

    [Fact]
    public void An_unknown_format_names_the_known_ones()
    {
        Assert.Null(ReportWriters.Find("pdf"));
        var error = Assert.Throws<ArgumentException>(() => ReportWriters.Get("pdf"));
        Assert.Contains("'pdf'", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, markdown, json, sarif, junit, html, gitlab", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Same_findings_in_any_order_give_byte_identical_output(string format)
    {
        var writer = ReportWriters.Get(format);
        var first = SampleFindings.Render(writer, SampleFindings.All);
        var again = SampleFindings.Render(writer, SampleFindings.All);
        var shuffled = SampleFindings.Render(writer, SampleFindings.Shuffled);
        Assert.Equal(first, again);
        Assert.Equal(first, shuffled);
    }

    // Each secret is distinct so a failure names the field it leaked from.
    private static readonly Finding[] s_keysInLocations =
    [
        new("CORD201", Severity.Error, Lens.Spec,
            "GET /keys/Xsk_live_51MessageSecret000007 was removed.",
            new SpecLocation("/repo/specs/Xsk_live_51DocumentSecret0002.yaml", "/paths/~1keys~1sk_live_51PointerSecret00001/get", 3),
            [new SpecLocation("/repo/specs/rev.yaml", "/paths/~1keys~1Xghp_0123456789PointerGhToken0/get")]),
        new("CORD101", Severity.Warning, Lens.Contract,
            "Interaction failed.",
            new PactLocation("/repo/pacts/p.json", "a request with key Xsk_live_51InteractionSecret05", "Xsk_live_51ConsumerSecret00006", "auth"),
            [new SourceLocation("/repo/src/Keysk_test_51SourceFileSecret003.cs", 1, 1)]),
        new("CORD402", Severity.Info, Lens.Drift,
            "Answered 404.",
            new EndpointLocation("get", "https://h.example.test/keys/Xsk_live_51UrlSecret00000004/x"),
            [new EndpointLocation("post", "https://h.example.test/v1/XAKIAIOSFODNN7EXAMPLE/x")]),
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_key_in_a_pointer_path_URL_or_interaction_is_redacted_with_its_shape_kept(string format)
    {
        var report = SampleFindings.Render(ReportWriters.Get(format), s_keysInLocations);

        foreach (var secret in new[]
                 {
                     "51PointerSecret00001", "51DocumentSecret0002", "51SourceFileSecret003", "51UrlSecret00000004",
                     "51InteractionSecret05", "51ConsumerSecret00006", "51MessageSecret000007", "0123456789PointerGhToken0", "IOSFODNN7EXAMPLE",
                 })
        {
            Assert.DoesNotContain(secret, report, StringComparison.Ordinal);
        }

        // The shape stays: a reader still sees which kind of key was there, in the pointer and the URL.
        Assert.Contains("~1sk_live_[REDACTED]", report, StringComparison.Ordinal);
        Assert.Contains("keys/Xsk_live_[REDACTED]", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void No_credential_value_reaches_any_report(string format)
    {
        var report = SampleFindings.Render(ReportWriters.Get(format), SampleFindings.All);
        Assert.DoesNotContain("51HxYzAbCdEfGhIjKlMnOp", report, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef1234567890XYZ", report, StringComparison.Ordinal);
        Assert.Contains("REDACTED", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_token_in_a_document_or_pact_URL_is_redacted(string format)
    {
        Finding[] findings =
        [
            new("CORD401", Severity.Warning, Lens.Drift, "Served spec differs.",
                new SpecLocation("https://h.example.test/openapi.json?access_token=t0kenInSpecUrl", "/paths/~1x/get", 3),
                [new PactLocation("https://broker.example.test/pacts/latest?token=t0kenInPactUrl", "an interaction with Bearer t0kenInInteraction9")]),
        ];
        var report = SampleFindings.Render(ReportWriters.Get(format), findings);
        Assert.DoesNotContain("t0kenIn", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_secret_in_the_title_is_redacted_too(string format)
    {
        var context = SampleFindings.Context with { Title = "concord drift --live https://h.example.test/?api_key=s3cr3tvalue" };
        var report = SampleFindings.Render(ReportWriters.Get(format), SampleFindings.All, context);
        Assert.DoesNotContain("s3cr3tvalue", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Absolute_paths_under_a_base_path_become_relative(string format)
    {
        var report = SampleFindings.Render(ReportWriters.Get(format), SampleFindings.All);

        // SARIF names the base folder itself, once, as the root its relative URIs resolve against.
        report = report.Replace("\"uri\": \"file:///repo/\"", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("/repo/", report, StringComparison.Ordinal);
        Assert.Contains("AuthMiddleware.cs", report, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writes_a_report_for_no_findings(string format)
    {
        var report = SampleFindings.Render(ReportWriters.Get(format), []);
        // GitLab's code quality report is a bare array of entries: it has no place for a title.
        if (format != "gitlab")
        {
            Assert.Contains("concord diff specs/base.yaml specs/revision.yaml", report, StringComparison.Ordinal);
        }

        Assert.EndsWith("\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_catalog_refuses_a_rule_described_twice()
    {
        var rule = new RuleDescriptor("CORD201", "Operation removed", Lens.Spec, Severity.Error);
        Assert.Throws<ArgumentException>(() => new RuleCatalog([rule, rule with { Title = "Other" }]));
    }

    [Fact]
    public void No_color_follows_the_NO_COLOR_convention()
    {
        Assert.True(ReportContext.NoColorRequested(name => name == "NO_COLOR" ? "1" : null));
        Assert.False(ReportContext.NoColorRequested(name => name == "NO_COLOR" ? string.Empty : null));
        Assert.False(ReportContext.NoColorRequested(_ => null));
    }
}
