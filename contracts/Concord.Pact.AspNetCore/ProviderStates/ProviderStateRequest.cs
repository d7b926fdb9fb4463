using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Pact.AspNetCore.ProviderStates;

/// <summary>What the verifier asks of the provider before (setup) or after (teardown) an interaction.</summary>
/// <param name="State">The provider state's name, as the pact wrote it.</param>
/// <param name="Parameters">The state's parameters; empty when it has none.</param>
/// <param name="Action">Setup or teardown.</param>
public sealed record ProviderStateRequest(string State, JsonObject Parameters, ProviderStateAction Action)
{
    /// <summary>A parameter as <typeparamref name="T"/>; throws naming the state when it is missing or of another type.</summary>
    public T Get<T>(string name) => Get<T>(name, Concord.Pact.Json.PactJson.WebDefaults);

    /// <summary>A parameter as <typeparamref name="T"/>, read with <paramref name="options"/> (e.g. the options the consumer's pact used).</summary>
    public T Get<T>(string name, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Parameters[name] is not { } value)
        {
            throw new KeyNotFoundException($"Provider state \"{State}\" has no parameter \"{name}\"; it has: {string.Join(", ", Parameters.Select(p => p.Key))}.");
        }

        try
        {
            return value.Deserialize<T>(options)
                ?? throw new InvalidCastException($"Parameter \"{name}\" of provider state \"{State}\" is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidCastException($"Parameter \"{name}\" of provider state \"{State}\" is {value.ToJsonString()}, not a {typeof(T).Name}.", exception);
        }
    }
}
