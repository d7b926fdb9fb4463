using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.AspNetCore.ProviderStates;
using Microsoft.AspNetCore.Builder;

namespace Concord.Pact.Tests.AspNetCore;

public sealed class ProviderStateEndpointTests : IAsyncLifetime
{
    private readonly List<string> _calls = [];
    private PactProviderHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var users = new ProviderStateHandlers()
            .Add("a user exists", (request, _) => _calls.Add($"users setup {request.Get<int>("id")}"), (request, _) => _calls.Add($"users teardown {request.Get<int>("id")}"));
        var orders = new ProviderStateHandlers()
            .Add("an order exists", (request, _, _) => Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?> { ["orderId"] = 981 }))
            .Add("a user exists", (_, _) => _calls.Add("orders handler should never see this"));
        _host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapPactProviderStates(users, orders, new ThrowingHandler());
            return app;
        });
        _client = new HttpClient { BaseAddress = _host.BaseUri };
    }

    [Fact]
    public async Task The_first_handler_that_knows_a_state_sets_it_up_and_tears_it_down_with_its_parameters()
    {
        using var setUp = await PostAsync(new { state = "a user exists", @params = new { id = 7 }, action = "setup" });
        using var tornDown = await PostAsync(new { state = "a user exists", @params = new { id = 7 }, action = "teardown" });

        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tornDown.StatusCode);
        Assert.Equal(["users setup 7", "users teardown 7"], _calls);
    }

    [Fact]
    public async Task A_handler_in_a_later_group_answers_with_values_for_provider_state_generators()
    {
        using var response = await PostAsync(new { state = "an order exists", action = "setup" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(981, (await response.Content.ReadFromJsonAsync<JsonObject>())!["orderId"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_state_is_refused_with_its_name()
    {
        using var response = await PostAsync(new { state = "a comet hits", action = "setup" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No handler for provider state \"a comet hits\".", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_handler_answers_422_with_its_reason()
    {
        using var response = await PostAsync(new { state = "the disk is full", action = "setup" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Provider state \"the disk is full\" setup failed: IOException: no space left", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_parameter_is_named_in_the_failure()
    {
        using var response = await PostAsync(new { state = "a user exists", @params = new { name = "ada" }, action = "setup" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Provider state \"a user exists\" has no parameter \"id\"; it has: name.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_interaction_without_a_state_is_a_no_op()
    {
        using var response = await PostAsync(new { state = "", action = "setup" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_calls);
    }

    private Task<HttpResponseMessage> PostAsync(object body) => _client.PostAsJsonAsync(ProviderStateEndpoint.DefaultPath, body);

    private sealed class ThrowingHandler : IProviderStateHandler
    {
        public bool Handles(string state) => state == "the disk is full";

        public Task<IReadOnlyDictionary<string, object?>> SetUpAsync(ProviderStateRequest request, CancellationToken cancellationToken) =>
            throw new IOException("no space left");

        public Task TearDownAsync(ProviderStateRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }
}
