using System.Text.Json;

namespace Concord.Cli.Systems;

/// <summary>
/// A project's appsettings.json and appsettings.{Environment}.json flattened to configuration keys
/// (<c>Orders:BaseUrl</c>), the later file winning, keys compared without case as ASP.NET does.
/// </summary>
internal static class AppSettings
{
    public static IReadOnlyDictionary<string, string> Read(string project, string? environmentName)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folder = Path.GetDirectoryName(project)!;
        foreach (var name in new[] { "appsettings.json", environmentName is null ? null : $"appsettings.{environmentName}.json" })
        {
            var file = name is null ? null : Path.Combine(folder, name);
            if (file is null || !File.Exists(file))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                Flatten(document.RootElement, "", values);
            }
            catch (JsonException)
            {
                // The app itself would fail on this file; check says so when it starts it.
            }
        }

        return values;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{prefix}:{index++}", values);
                }

                break;
            case JsonValueKind.String:
                values[prefix] = element.GetString()!;
                break;
            default:
                values[prefix] = element.GetRawText();
                break;
        }
    }
}
