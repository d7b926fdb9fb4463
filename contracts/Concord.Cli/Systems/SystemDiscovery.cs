using Concord.Cli.Check;
using Concord.Cli.Check.Build;

namespace Concord.Cli.Systems;

/// <summary>
/// The services of a system, from what the user already has: a system file's list; a solution's (or folder's)
/// web projects as services and its projects that make HTTP calls as consumers, wired by where their clients'
/// base addresses come from; or an Aspire app host's project resources and references. A system file's entries
/// override what was discovered, by service name.
/// </summary>
internal static class SystemDiscovery
{
    public static IReadOnlyList<ServiceEntry> Services(
        SystemSource source,
        IReadOnlyList<BuildInfo> built,
        IReadOnlyDictionary<string, HttpInventory> inventories,
        IReadOnlyList<AspireResource> aspire,
        Action<string> say)
    {
        if (source.Kind == SystemSourceKind.SystemFile)
        {
            return [.. source.File!.Services.Select(ServiceEntry.FromFile)];
        }

        var byProject = built.ToDictionary(b => b.Project, StringComparer.Ordinal);
        var discovered = source.Kind == SystemSourceKind.AspireAppHost
            ? FromAppHost(aspire, byProject)
            : FromProjects(built, inventories, source.Directory, say);
        return source.File is { } file ? Override(discovered, file) : discovered;
    }

    private static List<ServiceEntry> FromProjects(IReadOnlyList<BuildInfo> built, IReadOnlyDictionary<string, HttpInventory> inventories, string directory, Action<string> say)
    {
        var services = built.Where(b => b.IsService).Select(b => Discovered(b.Name, b, "solution")).ToList();
        var consumers = built
            .Where(b => !b.IsTest && !b.IsAspireHost && !b.IsService && inventories.TryGetValue(b.Project, out var inventory) && !inventory.IsEmpty)
            .Select(b => Discovered(b.Name, b, "solution") with { Start = false, DocumentUrls = [] })
            .ToList();
        var all = services.Concat(consumers).ToList();
        var wiring = new ConsumerWiring(services);
        for (var i = 0; i < all.Count; i++)
        {
            if (inventories.TryGetValue(all[i].Project, out var inventory))
            {
                all[i] = wiring.Wire(all[i], inventory, say, directory);
            }
        }

        return all;
    }

    private static List<ServiceEntry> FromAppHost(IReadOnlyList<AspireResource> resources, IReadOnlyDictionary<string, BuildInfo> built) =>
        [.. resources.Select(resource => built.TryGetValue(resource.Project, out var info)
            ? Discovered(resource.Name, info, "Aspire app host") with { Consumes = resource.References, Environment = resource.Environment }
            : throw new CheckFailedException($"Aspire resource \"{resource.Name}\": its project {resource.Project} was not built with the app host."))];

    private static ServiceEntry Discovered(string name, BuildInfo built, string origin) => new(
        name,
        built.Project,
        CommittedDocument.Next(built.Project),
        DocumentUrls(built),
        Start: built.IsService,
        Health: null,
        // Services made from the templates map their OpenAPI document only in Development.
        EnvironmentName: "Development",
        Consumes: [],
        Environment: new Dictionary<string, string>(StringComparer.Ordinal),
        VerifyHeaders: new Dictionary<string, string>(StringComparer.Ordinal),
        origin);

    /// <summary>Where the running service serves its document, by the package that serves it: the framework's paths first.</summary>
    private static IReadOnlyList<string> DocumentUrls(BuildInfo built)
    {
        var urls = new List<string>();
        if (built.References("Microsoft.AspNetCore.OpenApi"))
        {
            urls.Add("/openapi/v1.json");
        }

        if (built.References("Swashbuckle.AspNetCore") || built.References("NSwag.AspNetCore"))
        {
            urls.Add("/swagger/v1/swagger.json");
        }

        return [.. urls.Concat(ServiceEntry.DefaultDocumentUrls).Distinct(StringComparer.Ordinal)];
    }

    private static List<ServiceEntry> Override(List<ServiceEntry> discovered, SystemFile file)
    {
        var result = discovered.ToList();
        foreach (var given in file.Services)
        {
            var index = result.FindIndex(s => s.Name.Equals(given.Name, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                result[index] = result[index].With(given);
            }
            else if (given.Project is not null)
            {
                result.Add(ServiceEntry.FromFile(given));
            }
            else
            {
                throw new SystemFileException($"{file.Path}: service \"{given.Name}\" is not one that was discovered ({string.Join(", ", discovered.Select(s => s.Name))}); give its \"project\" to add it.");
            }
        }

        var names = result.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var service in result)
        {
            if (service.Consumes.FirstOrDefault(c => !names.Contains(c)) is { } unknown)
            {
                throw new SystemFileException($"{file.Path}: service \"{service.Name}\" consumes \"{unknown}\", which is no service of the system.");
            }
        }

        return result;
    }
}
