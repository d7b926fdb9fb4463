namespace Concord.Cli.Tests.Check.StockSystems;

/// <summary>The stock systems are built and checked once each; their tests read the one report.</summary>
[CollectionDefinition(Name)]
public sealed class StockSystemCollection : ICollectionFixture<StockSolutionFixture>, ICollectionFixture<StockAppHostFixture>
{
    public const string Name = "Stock systems";
}

public sealed class StockSolutionFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-stock-").FullName;

    internal StockSystemCheck Check { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await StockSystem.CreateSolutionAsync(_folder);
        // No argument: the current folder, which holds the solution and no system file.
        Check = StockSystemCheck.Run(_folder, argument: null);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class StockAppHostFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("concord-aspire-").FullName;

    internal StockSystemCheck Check { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var appHost = await StockSystem.CreateAppHostAsync(_folder);
        Check = StockSystemCheck.Run(_folder, appHost);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
