using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace Concord.Core.Tests.Reports;

/// <summary>Parses HTML, or Markdown rendered the way GitHub renders it, into a DOM to assert on.</summary>
internal static class RenderedHtml
{
    // GitHub's extensions to CommonMark (tables, strikethrough, autolinks, task lists) and nothing
    // else: Markdig's own extras, such as {attributes}, are not GitHub's.
    private static readonly MarkdownPipeline s_gitHubFlavoured = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseTaskLists()
        .Build();

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument FromMarkdown(string markdown) => Parse(Markdown.ToHtml(markdown, s_gitHubFlavoured));
}
