using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Concord.Analyzers.Tests.Corpus;

/// <summary>
/// The C# held in the rule tests' raw string literals, with the test markup (<c>{|CORD005:…|}</c>,
/// <c>{|#0:…|}</c>, <c>[|…|]</c>) taken out: every shape each rule fires on, and every near miss.
/// </summary>
internal static partial class TestSourceSnippets
{
    public static IEnumerable<string> In(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()
                .DescendantNodes()
                .OfType<LiteralExpressionSyntax>()
                .Where(literal => literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                .Select(literal => WithoutMarkup(literal.Token.ValueText)))
            .Where(source => source.Contains(';') || source.Contains('{'));

    private static string WithoutMarkup(string source) => Markup().Replace(source, string.Empty);

    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]")]
    private static partial Regex Markup();
}
