using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Cli.Systems;

/// <summary>
/// Writes a system as a hand-written system file would say it, for review (<c>concord init</c>): every service with
/// its project, document, environment and the edges and settings discovery found, paths relative to the file.
/// </summary>
internal static class SystemFileWriter
{
    /// <summary>Where the published schema of system files lives; editors complete and check files that name it.</summary>
    public const string SchemaUri = "https://github.com/concord-contracts/concord/blob/main/contracts/docs/concord-system.schema.json";

    public static string Write(IReadOnlyList<ServiceEntry> services, string fileDirectory, string pactFolder)
    {
        var root = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["pacts"] = Relative(fileDirectory, pactFolder),
        };
        var all = new JsonObject();
        foreach (var service in services.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var entry = new JsonObject { ["project"] = Relative(fileDirectory, service.Project) };
            if (service.OpenApi is not null)
            {
                entry["openApi"] = Relative(fileDirectory, service.OpenApi);
            }

            if (service.Start && service.DocumentUrls.Count > 0 && !service.DocumentUrls.SequenceEqual(ServiceEntry.DefaultDocumentUrls))
            {
                entry["openApiUrl"] = service.DocumentUrls[0];
            }

            entry["start"] = service.Start;
            if (service.Health is not null)
            {
                entry["health"] = service.Health;
            }

            if (service.EnvironmentName is not null)
            {
                entry["environment"] = service.EnvironmentName;
            }

            if (service.Consumes.Count > 0)
            {
                entry["consumes"] = new JsonArray([.. service.Consumes.Select(c => (JsonNode)c)]);
            }

            if (service.Environment.Count > 0)
            {
                entry["env"] = new JsonObject(service.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value)));
            }

            all[service.Name] = entry;
        }

        root["services"] = all;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2 }) + Environment.NewLine;
    }

    private static string Relative(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');
}
