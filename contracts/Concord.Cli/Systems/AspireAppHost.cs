using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concord.Cli.Check;

namespace Concord.Cli.Systems;

/// <summary>
/// An Aspire app host read the supported way: its publisher writes the manifest (project resources, their
/// bindings, and the environment each gets, including the <c>WithReference</c> edges as service-discovery
/// variables). Check starts each project itself on 127.0.0.1 with that environment, pointed at the services it
/// started, so the run needs no container runtime and no dashboard.
/// </summary>
internal static partial class AspireAppHost
{
    /// <summary>Whether a project file is an Aspire app host (its SDK or its hosting package says so).</summary>
    public static bool IsAppHost(string project)
    {
        var text = File.ReadAllText(project);
        return text.Contains("Aspire.AppHost.Sdk", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<IsAspireHost>true</IsAspireHost>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Runs the app host's manifest publisher (on the build check just made) and reads the project resources.</summary>
    public static async Task<IReadOnlyList<AspireResource>> ReadAsync(string appHost, string cacheFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(cacheFolder);
        var manifest = Path.Combine(cacheFolder, "aspire-manifest.json");
        File.Delete(manifest);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(appHost)!,
        };
        foreach (var argument in new[] { "run", "--project", appHost, "--no-build", "--no-launch-profile", "--", "--publisher", "manifest", "--output-path", manifest })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new CheckFailedException($"could not run {appHost}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new CheckFailedException($"{appHost}: the manifest publisher did not finish within 2 minutes.");
        }

        var said = await output.ConfigureAwait(false) + await error.ConfigureAwait(false);
        if (process.ExitCode != 0 || !File.Exists(manifest))
        {
            var last = string.Join(" | ", said.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(3));
            throw new CheckFailedException($"{appHost}: the Aspire manifest publisher failed (exit {process.ExitCode}): {last}");
        }

        return Parse(manifest);
    }

    /// <summary>The project resources of a manifest; paths in it are relative to the manifest's folder.</summary>
    public static IReadOnlyList<AspireResource> Parse(string manifest)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var folder = Path.GetDirectoryName(manifest)!;
        var resources = new List<AspireResource>();
        if (!document.RootElement.TryGetProperty("resources", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            throw new CheckFailedException($"{manifest}: the Aspire manifest has no \"resources\".");
        }

        foreach (var resource in all.EnumerateObject())
        {
            var type = resource.Value.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
            if (!type.StartsWith("project.", StringComparison.Ordinal) || !resource.Value.TryGetProperty("path", out var path))
            {
                continue;
            }

            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            var references = new SortedSet<string>(StringComparer.Ordinal);
            if (resource.Value.TryGetProperty("env", out var env) && env.ValueKind == JsonValueKind.Object)
            {
                foreach (var variable in env.EnumerateObject())
                {
                    if (Translate(variable.Value.GetString() ?? "", resource.Name, references) is { } value)
                    {
                        environment[variable.Name] = value;
                    }
                }
            }

            resources.Add(new AspireResource(
                resource.Name,
                Path.GetFullPath(Path.Combine(folder, path.GetString()!.Replace('\\', '/'))),
                environment,
                [.. references]));
        }

        return resources;
    }

    /// <summary>
    /// A manifest value for a directly started process: another resource's HTTP URL becomes <c>${url:name}</c>
    /// (and records the reference); HTTPS endpoints, the resource's own ports and values only Aspire can supply
    /// (connection strings, parameters) are left out, so nothing points at an address that does not exist.
    /// </summary>
    private static string? Translate(string value, string self, SortedSet<string> references)
    {
        var unresolved = false;
        var result = Expression().Replace(value, match =>
        {
            var resource = match.Groups["resource"].Value;
            var binding = match.Groups["binding"].Value;
            if (match.Groups["property"].Value == "url" && binding == "http" && resource != self)
            {
                references.Add(resource);
                return $"${{url:{resource}}}";
            }

            unresolved = true;
            return match.Value;
        });
        return unresolved ? null : result;
    }

    [GeneratedRegex(@"\{(?<resource>[A-Za-z0-9_\-]+)\.bindings\.(?<binding>[A-Za-z0-9_\-]+)\.(?<property>[A-Za-z]+)\}|\{[^{}]+\}")]
    private static partial Regex Expression();
}

/// <summary>A project resource of an Aspire app host: its name, project, environment and the resources it references.</summary>
internal sealed record AspireResource(string Name, string Project, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> References);
