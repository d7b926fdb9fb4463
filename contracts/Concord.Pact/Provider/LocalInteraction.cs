namespace Concord.Pact.Provider;

/// <summary>An interaction's description and, for HTTP, its expected status (and status class, V4).</summary>
internal sealed record LocalInteraction(string Description, int? Status, string? StatusClass)
{
    public string? Method { get; init; }

    public string? Path { get; init; }

    public IReadOnlyList<string> States { get; init; } = [];

    public bool IsSuccess => StatusClass is not null ? StatusClass is "success" or "nonError" : Status is >= 200 and < 300;
}
