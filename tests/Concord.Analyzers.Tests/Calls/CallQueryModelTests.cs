using Concord.Analyzers.Calls;
using static Concord.Analyzers.Tests.Calls.CallModelRun;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>The call model's one query reader: every shape a URL's query is built in, for a send, a URL alone, and Refit.</summary>
public sealed class CallQueryModelTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.WebUtilities;

        namespace Shop;

        """;

    [Fact]
    public void A_literal_and_interpolated_query_gives_each_name_its_value_and_shows_every_name()
    {
        var call = SingleCall(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Search(string term, int page) => http.GetStringAsync($"search?q={term}&page={page}&kind=all");
            }
            """);

        Assert.Equal(["q", "page", "kind"], QueryNames(call));
        Assert.Equal("term", call.Query.Parameters[0].Value!.Syntax.ToString());
        Assert.Equal("all", call.Query.Parameters[2].LiteralValue);
        Assert.True(call.Query.ShowsEveryName);
        Assert.True(call.Query.Sets("Q"));
    }

    [Fact]
    public void Query_helpers_add_their_names_to_the_url_they_are_given_and_a_local_is_followed()
    {
        var calls = CallModelRun.Calls(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> One(string term) => http.GetStringAsync(QueryHelpers.AddQueryString("search?page=1", "q", term));

                public Task<string> Entries(string term)
                {
                    var url = QueryHelpers.AddQueryString("search", new Dictionary<string, string?> { ["q"] = term, ["kind"] = "all" });
                    return http.GetStringAsync(url);
                }

                public Task<string> Passed(IDictionary<string, string?> query) => http.GetStringAsync(QueryHelpers.AddQueryString("search", query));
            }
            """);

        Assert.Equal(["page", "q"], QueryNames(calls[0]));
        Assert.True(calls[0].Query.ShowsEveryName);
        Assert.Equal("search?page=1&q={term}", calls[0].Route);
        Assert.Equal(["q", "kind"], QueryNames(calls[1]));
        Assert.True(calls[1].Query.ShowsEveryName);

        // A dictionary handed in may hold any name.
        Assert.False(calls[2].Query.ShowsEveryName);
    }

    [Fact]
    public void A_computed_query_or_a_path_ending_in_a_hole_does_not_show_every_name()
    {
        var calls = CallModelRun.Calls(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<string> Computed(string query) => http.GetStringAsync($"search{query}");

                public Task<string> NameHole(string name, string value) => http.GetStringAsync($"search?{name}={value}");

                public Task<string> Flag() => http.GetStringAsync("search?verbose&q=all");
            }
            """);

        Assert.False(calls[0].Query.ShowsEveryName);
        Assert.False(calls[1].Query.ShowsEveryName);
        Assert.Equal(["verbose", "q"], QueryNames(calls[2]));
        Assert.True(calls[2].Query.ShowsEveryName);
    }

    [Fact]
    public void A_url_read_alone_finds_its_query_where_it_is_built_even_when_never_sent()
    {
        var compilation = Compile(Header + """
            public static class Links
            {
                public static string Build(string baseUrl, string key) => baseUrl + "&api_key=" + key;
            }
            """);
        var tree = compilation.SyntaxTrees.First();
        var model = compilation.GetSemanticModel(tree);
        var concatenation = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax>().First();
        var query = CallQueryReader.InUrlText(model.GetOperation(concatenation)!);

        // The variable is named for a URL and the piece starts with '&': query text, though no '?' is in sight.
        Assert.NotNull(query);
        var parameter = Assert.Single(query.Parameters);
        Assert.Equal("api_key", parameter.Name);
        Assert.Equal("key", parameter.Value!.Syntax.ToString());
    }

    [Fact]
    public void Refit_query_reads_simple_parameters_aliases_collections_and_object_members_with_their_prefix()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Filter
            {
                public string? Term { get; set; }

                [Refit.AliasAs("max")] public int? Limit { get; set; }

                public Paging? Paging { get; set; }
            }

            public sealed class Paging { public int Page { get; set; } }

            public interface IShopApi
            {
                [Refit.Get("/search?kind=all")]
                Task<string> Plain(string q, [Refit.AliasAs("p")] int page, [Refit.Query(Refit.CollectionFormat.Multi)] int[] ids);

                [Refit.Get("/search")] Task<string> Flat([Refit.Query] Filter filter);

                [Refit.Get("/search")] Task<string> Prefixed([Refit.Query(".", "f")] Filter filter);

                [Refit.Get("/orders/{id}")] Task<string> Order(int id, [Refit.Header("X-Tenant")] string tenant);

                [Refit.Get("/search")] Task<string> Keyed([Refit.Query] IDictionary<string, string> filter);
            }
            """;

        Assert.Equal(["kind", "q", "p", "ids"], QueryNames(RefitCall(source, "IShopApi", "Plain")));
        Assert.Equal(["Term", "max", "Paging.Page"], QueryNames(RefitCall(source, "IShopApi", "Flat")));
        Assert.Equal(["f.Term", "f.max", "f.Paging.Page"], QueryNames(RefitCall(source, "IShopApi", "Prefixed")));

        var order = RefitCall(source, "IShopApi", "Order");
        Assert.Empty(QueryNames(order));
        Assert.True(order.Query.ShowsEveryName);
        Assert.False(RefitCall(source, "IShopApi", "Keyed").Query.ShowsEveryName);
    }

    [Fact]
    public void Refit_binds_route_holes_whatever_their_case_and_sends_multipart_and_inferred_body_parameters_outside_the_query()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace Shop;

            public sealed class Upload { public string? Name { get; set; } }

            public interface IFilesApi
            {
                [Refit.Get("/traces/{traceID}")] Task<string> Trace(string traceId, int depth);

                [Refit.Multipart]
                [Refit.Post("/files")]
                Task<string> Send(string name, byte[] content);

                [Refit.Post("/files")] Task<string> Create(Upload upload, int version);
            }
            """;

        Assert.Equal(["depth"], QueryNames(RefitCall(source, "IFilesApi", "Trace")));
        Assert.Empty(QueryNames(RefitCall(source, "IFilesApi", "Send")));
        Assert.True(RefitCall(source, "IFilesApi", "Send").Query.ShowsEveryName);

        // Refit sends the one object parameter of a POST as its body.
        var create = RefitCall(source, "IFilesApi", "Create");
        Assert.Equal(["version"], QueryNames(create));
        Assert.Equal(["Name"], create.Body.TopLevelNames.ToArray());
    }
}
