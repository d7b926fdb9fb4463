using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Concord.Analyzers.Tests.Corpus;

/// <summary>
/// Seeded random C#: token soup drawn from the vocabulary the rules care about, and mutations of
/// real sources (cut short, a token dropped, doubled or swapped for another). The same seed gives
/// the same corpus, so a failure can be replayed.
/// </summary>
internal sealed class TokenSoup(int seed)
{
    private static readonly string[] Vocabulary =
    {
        "client", "http", "apiKey", "token", "password", "secret", "url", "baseUrl", "configuration", "request", "options",
        "DefaultRequestHeaders", "Headers", "Add", "TryAddWithoutValidation", "Authorization", "AuthenticationHeaderValue", "Parse",
        "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "GetAsync", "SendAsync", "JsonContent", "Create", "StringContent",
        "JsonSerializer", "Serialize", "Content", "Environment", "GetEnvironmentVariable", "GetValue", "GetSection", "Value",
        "string", "var", "new", "await", "async", "return", "const", "static", "readonly", "null", "default", "throw", "is", "not",
        "switch", "case", "when", "if", "else", "for", "foreach", "in", "out", "ref", "this", "base", "typeof", "nameof", "using",
        "class", "record", "struct", "interface", "namespace", "void", "int", "object", "dynamic", "__arglist", "unsafe", "fixed",
        "\"Authorization\"", "\"Bearer \"", "\"http://localhost:5000\"", "\"http://127.0.0.1\"", "\"https://[::1]:8443\"", "\"0.0.0.0\"",
        "\"api_key\"", "\"sk_live_\"", "\"hk_live_\"", "\"ghp_\"", "\"AKIA\"", "\"xoxb-\"", "\"YOUR_KEY\"", "\"?api_key=\"", "\"&token=\"",
        "\"MLFLOW_SERVER_URL\"", "\"Auth:ApiKey\"", "\"\"", "$\"", "$\"{apiKey}\"", "$\"{baseUrl}?token={token}\"", "@\"x\"", "'c'", "\"\"\"",
        "0", "1", "5000", "1.5", "0x1F", "true", "false",
        ".", ",", ";", ":", "(", ")", "{", "}", "[", "]", "<", ">", "=", "==", "!=", "??", "??=", "?", "!", "+", "-", "*", "/", "=>",
        "&&", "||", "..", "^", "@", "#", "$", "\\", "'", "\"", "\n",
    };

    private readonly Random _random = new(seed);

    /// <summary>'count' soups, some bare (top-level statements), most inside a method body that declares the vocabulary's names.</summary>
    public IEnumerable<string> Soups(int count, int tokensEach)
    {
        for (var i = 0; i < count; i++)
        {
            var soup = Soup(tokensEach);
            yield return i % 4 == 0
                ? soup
                : $$"""
                    class Soup{{i}}
                    {
                        async Task M(HttpClient client, HttpClient http, string apiKey, string token, string password, string secret,
                            string url, string baseUrl, Microsoft.Extensions.Configuration.IConfiguration configuration, HttpRequestMessage request)
                        {
                            {{soup}}
                        }
                    }
                    """;
        }
    }

    /// <summary>'count' random mutations of each source.</summary>
    public IEnumerable<string> Mutations(IEnumerable<string> sources, int count)
    {
        foreach (var source in sources)
        {
            var tokens = SyntaxFactory.ParseCompilationUnit(source).DescendantTokens(descendIntoTrivia: false).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                yield return Mutate(source, tokens);
            }
        }
    }

    private string Mutate(string source, List<SyntaxToken> tokens)
    {
        var token = tokens[_random.Next(tokens.Count)];
        var span = token.Span;
        return _random.Next(4) switch
        {
            0 => source[..span.Start],
            1 => source.Remove(span.Start, span.Length),
            2 => source.Insert(span.Start, token.ToString() + " "),
            _ => source.Remove(span.Start, span.Length).Insert(span.Start, Pick()),
        };
    }

    private string Soup(int tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            text.Append(Pick()).Append(_random.Next(3) == 0 ? "" : " ");
        }

        return text.ToString();
    }

    private string Pick() => Vocabulary[_random.Next(Vocabulary.Length)];
}
