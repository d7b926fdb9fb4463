using Concord.Analyzers.Calls;
using Concord.Analyzers.JsonBodies;
using static Concord.Analyzers.Tests.Calls.CallModelRun;

namespace Concord.Analyzers.Tests.Calls;

/// <summary>The call model's body, read by the one JSON body reader: names at the top level and whether they are all.</summary>
public sealed class CallBodyModelTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;

        namespace Shop;

        public sealed class NewOrder
        {
            [JsonPropertyName("customer_id")] public string? CustomerId { get; set; }

            public string Kind { get; init; } = "retail";

            public string[]? Lines { get; set; }
        }

        """;

    [Fact]
    public void A_dto_built_in_place_sets_its_written_and_defaulted_members_but_not_the_rest()
    {
        var call = SingleCall(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Order(string customer) => http.PostAsJsonAsync("orders", new NewOrder { CustomerId = customer });
            }
            """);

        Assert.True(call.Body.ShowsEveryMember);
        Assert.Equal(["Kind", "customer_id"], call.Body.TopLevelNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(JsonBodyMemberOrigin.Defaulted, call.Body.Members.Single(m => m.Name == "Kind").Origin);
    }

    [Fact]
    public void A_local_body_counts_members_and_entries_set_after_it_is_made_and_nested_names_stay_nested()
    {
        var calls = CallModelRun.Calls(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Dto(string customer, string[] lines)
                {
                    var order = new NewOrder { CustomerId = customer };
                    order.Lines = lines;
                    return http.PostAsJsonAsync("orders", order);
                }

                public Task<HttpResponseMessage> Json(string key)
                {
                    var body = new JsonObject { ["note"] = "gift", ["owner"] = new JsonObject { ["id"] = "7" } };
                    body["api_key"] = key;
                    var request = new HttpRequestMessage(HttpMethod.Post, "orders") { Content = JsonContent.Create(body) };
                    return http.SendAsync(request);
                }
            }
            """);

        Assert.Contains("Lines", calls[0].Body.TopLevelNames);
        Assert.Equal(["api_key", "note", "owner"], calls[1].Body.TopLevelNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(calls[1].Body.Members, m => m.Name == "id");
        Assert.True(calls[1].Body.ShowsEveryMember);
    }

    [Fact]
    public void A_body_from_out_of_sight_or_with_a_computed_key_does_not_show_every_member()
    {
        var calls = CallModelRun.Calls(Header + """
            public sealed class ShopClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Passed(object order) => http.PostAsJsonAsync("orders", order);

                public Task<HttpResponseMessage> Computed(string name, string value) =>
                    http.PostAsJsonAsync("orders", new Dictionary<string, string> { [name] = value });
            }
            """);

        Assert.False(calls[0].Body.ShowsEveryMember);
        Assert.False(calls[1].Body.ShowsEveryMember);
    }

    [Fact]
    public void A_refit_body_parameter_sends_every_member_its_type_serializes()
    {
        var call = RefitCall(Header + """
            public interface IShopApi
            {
                [Refit.Post("/orders")] Task<string> Order([Refit.Body] NewOrder order, [Refit.Header("X-Tenant")] string tenant);
            }
            """, "IShopApi", "Order");

        Assert.True(call.Body.ShowsEveryMember);
        Assert.Equal(["Kind", "Lines", "customer_id"], call.Body.TopLevelNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Json_written_by_hand_gives_its_computed_members_with_the_top_level_ones_named_but_never_the_whole_body()
    {
        var calls = CallModelRun.Calls(Header + """
            public sealed class AuthClient(HttpClient http)
            {
                public Task<HttpResponseMessage> Validate(string key, string service, string owner) =>
                    http.PostAsync("keys/validate", new StringContent($"{{\"api_key\":\"{key}\",\"owner\":{{\"id\":\"{owner}\"}},\"service_id\":\"{service}\"}}", System.Text.Encoding.UTF8, "application/json"));

                public Task<HttpResponseMessage> Plain(string note)
                {
                    var content = new StringContent("note=" + note);
                    return http.PostAsync("notes", content);
                }
            }
            """);

        Assert.Equal(["api_key", "id", "service_id"], calls[0].Body.Members.Select(m => m.Name));
        Assert.Equal(["api_key", "service_id"], calls[0].Body.TopLevelNames.OrderBy(n => n, StringComparer.Ordinal));
        Assert.False(calls[0].Body.ShowsEveryMember);
        Assert.Empty(calls[1].Body.Members);
    }
}
