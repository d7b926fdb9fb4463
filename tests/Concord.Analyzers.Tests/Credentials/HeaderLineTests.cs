using System.Text.RegularExpressions;
using Concord.Analyzers.Credentials;

namespace Concord.Analyzers.Tests.Credentials;

/// <summary>The hand-written reader of one-line headers (<c>Name: value</c>, <c>Name: Scheme value</c>).</summary>
public sealed class HeaderLineTests
{
    // The grammar the reader implements, written as the regular expression it replaced; the reader must agree with it.
    private static readonly Regex Grammar = new(
        @"^\s*(?<name>[A-Za-z0-9][A-Za-z0-9_\-]{0,63})\s*:\s*(?:(?<scheme>[A-Za-z][A-Za-z0-9\-]{1,20})\s+)?(?<value>\S+)\s*$",
        RegexOptions.CultureInvariant);

    public static TheoryData<string> Lines =>
    [
        "X-Api-Key: abc123",
        "Authorization: Bearer abc123",
        "  Authorization :  Basic dXNlcjpwYXNz  ",
        "Authorization: Bearer",
        "Authorization: Bearer abc 123",
        "Authorization:abc",
        "User-Agent: reports/1.0",
        "Unexpected character encountered while parsing value: {0}. Path '{1}'.",
        "https://api.example.com/v1?key=abc",
        "12:30",
        ": value",
        "X Api Key: value",
        "_key: value",
        "key_1: value",
        "Key: B abc",
        "Key: 9scheme abc",
        "Key: Scheme-1 abc",
        "Key: Averyveryverylongschem abc",
        "Key: Averyveryverylongsche abc",
        "Key:",
        "Key:   ",
        "Key: a:b:c",
        "Key\t:\tBearer\tabc\n",
        "Key: Bearer\u00a0abc",
        new string('k', 64) + ": v",
        new string('k', 65) + ": v",
        "Ключ: value",
        "Key: value\u2028",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Reads_what_the_grammar_reads(string text)
    {
        var expected = Grammar.Match(text);
        var line = HeaderLine.Parse(text);

        Assert.Equal(expected.Success, line.HasValue);
        if (line is { } read)
        {
            Assert.Equal(expected.Groups["name"].Value, read.Name);
            Assert.Equal(expected.Groups["scheme"].Success ? expected.Groups["scheme"].Value : null, read.Scheme);
            Assert.Equal(expected.Groups["value"].Value, read.Value);
        }
    }

    [Fact]
    public void A_scheme_is_the_first_of_two_words()
    {
        var line = HeaderLine.Parse("Authorization: Bearer abc123");

        Assert.NotNull(line);
        Assert.Equal(("Authorization", "Bearer", "abc123"), (line.Value.Name, line.Value.Scheme, line.Value.Value));
        Assert.Null(HeaderLine.Parse("Authorization: abc123")!.Value.Scheme);
    }

    [Fact]
    public void A_sentence_is_no_header()
    {
        Assert.Null(HeaderLine.Parse("Error: the value could not be read"));
    }
}
