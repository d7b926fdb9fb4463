using Concord.Cli.Check;
using Concord.Cli.Systems;

namespace Concord.Cli.Tests.Check;

public sealed class PlaceholdersTests
{
    [Fact]
    public void Placeholders_give_service_addresses_and_one_random_secret_per_name()
    {
        var placeholders = new Placeholders(new Dictionary<string, Uri> { ["Auth"] = new("http://127.0.0.1:5123/") });

        var first = placeholders.Expand("ml-platform=${secret:key}", "here");
        var again = placeholders.Expand("Bearer ${secret:key}", "here");

        Assert.Equal("http://127.0.0.1:5123", placeholders.Expand("${url:Auth}", "here"));
        Assert.Equal(first["ml-platform=".Length..], again["Bearer ".Length..]);
        Assert.Single(placeholders.Secrets);
        var unknown = Assert.Throws<SystemFileException>(() => placeholders.Expand("${url:Mlflow}", "concord.json: Api.env.X"));
        Assert.Equal("concord.json: Api.env.X: ${url:Mlflow} names no started service.", unknown.Message);
    }
}
