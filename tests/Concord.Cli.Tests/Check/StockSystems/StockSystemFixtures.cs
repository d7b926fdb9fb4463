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

    /// <summary>What <c>concord init</c> wrote for the same folder after the check, and its exit code.</summary>
    internal (int Exit, string SystemFile, string Output) Init { get; private set; }

    /// <summary>The exit code and error of a second <c>concord init</c>, which must not replace the first file.</summary>
    internal (int Exit, string Error) InitAgain { get; private set; }

    public async Task InitializeAsync()
    {
        await StockSystem.CreateSolutionAsync(_folder);
        // No argument: the current folder, which holds the solution and no system file.
        Check = StockSystemCheck.Run(_folder, argument: null);
        var output = new StringWriter();
        var exit = ConcordApp.Run(["init", "--output", "system/concord.json"], output, new StringWriter(), _folder);
        var file = Path.Combine(_folder, "system", "concord.json");
        Init = (exit, File.Exists(file) ? await File.ReadAllTextAsync(file) : "", output.ToString());
        var error = new StringWriter();
        InitAgain = (ConcordApp.Run(["init", "--output", "system/concord.json"], new StringWriter(), error, _folder), error.ToString());
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
