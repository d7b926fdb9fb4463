using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Concord.Core.Findings;
using Concord.OpenApi.Diff;
using Concord.OpenApi.Loading;
using Concord.OpenApi.Rules;
using JsonPointer = Concord.OpenApi.Loading.JsonPointer;
using Microsoft.OpenApi;

namespace Concord.OpenApi.Drift;

/// <summary>
/// The committed document against the one a running service generates (e.g. ASP.NET's <c>MapOpenApi</c>).
/// What belongs to the local run is not drift: ASP.NET writes the address the service was started on into
/// <c>servers</c>, so a served server on a loopback or wildcard host (localhost, 127.0.0.0/8, ::1, 0.0.0.0, ::,
/// <c>+</c>, <c>*</c>) or at one of the run's own addresses is the committed server as run here. Such a server is
/// dropped when the committed document lists a server with the same base path (or lists none, or the base path
/// is <c>/</c>), and otherwise compared by its base path alone, so a base path that really differs is still
/// reported (CORD370) but a host or port never is.
/// <para>
/// Two more differences are the generator's, not the API's, and are left out: the OpenAPI version the served
/// document is written in (CORD391: ASP.NET writes 3.1 whatever the committed document uses), and a pattern the
/// served document adds to an integer or number schema (CORD304, CORD308: ASP.NET gives every numeric schema a
/// pattern for its string form; JSON Schema applies a pattern to strings only, so it narrows nothing a committed
/// integer or number schema accepted). Every other difference is the spec diff's (CORD200–CORD399).
/// </para>
/// </summary>
public static class ServedDocument
{
    /// <summary>Diffs <paramref name="committed"/> (what clients are built from) with <paramref name="served"/>, the local run's addresses left out.</summary>
    /// <param name="committed">The document in the repository.</param>
    /// <param name="served">The document the running service serves.</param>
    /// <param name="runAddresses">The addresses this run started the service on, when they are not loopback ones.</param>
    /// <param name="options">Diff options (ignored rules and paths).</param>
    public static IReadOnlyList<Finding> Compare(SpecDocument committed, SpecDocument served, IEnumerable<Uri>? runAddresses = null, SpecDiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(served);
        var findings = SpecDiff.Compare(committed, WithoutLocalServers(committed, served, [.. runAddresses ?? []]), options);
        var committedJson = new Lazy<JsonNode?>(() => Serialized(committed));
        var servedJson = new Lazy<JsonNode?>(() => Serialized(served));
        return
        [
            .. findings.Where(f => f.RuleId != SpecRules.SpecVersionChanged.Id && !IsNumericPatternAdded(f, committed.Name, committedJson, served.Name, servedJson)),
        ];
    }

    /// <summary>
    /// A pattern added where the committed schema accepts numbers only and the served one numbers (and perhaps their
    /// string form): the pattern applies to strings alone, which the committed schema never accepted.
    /// </summary>
    private static bool IsNumericPatternAdded(Finding finding, string committedName, Lazy<JsonNode?> committed, string servedName, Lazy<JsonNode?> served)
    {
        if (finding.RuleId != SpecRules.RequestPatternAdded.Id && finding.RuleId != SpecRules.ResponsePatternAdded.Id)
        {
            return false;
        }

        // A diff finding points at the revision (served) and relates the base (committed).
        var locations = finding.Related.Prepend(finding.Location).OfType<SpecLocation>().ToList();
        if (locations.FirstOrDefault(l => l.Document == committedName) is not { } before || locations.FirstOrDefault(l => l.Document == servedName) is not { } after)
        {
            return false;
        }

        var was = Types(JsonPointer.Resolve(committed.Value, "#" + before.JsonPointer));
        var now = Types(JsonPointer.Resolve(served.Value, "#" + after.JsonPointer));
        return was.Length > 0 && was.All(t => t is "integer" or "number") && now.Any(t => t is "integer" or "number");
    }

    private static string[] Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue one when one.TryGetValue<string>(out var type) => [type],
        JsonArray many => [.. many.Select(t => t is JsonValue v && v.TryGetValue<string>(out var type) ? type : null).OfType<string>()],
        _ => [],
    };

    /// <summary>The document's model as JSON in its own OpenAPI version, to read a schema at a finding's pointer.</summary>
    private static JsonNode? Serialized(SpecDocument document)
    {
        if (document.IsSwagger2)
        {
            return null;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new OpenApiJsonWriter(text);
        if (document.SpecVersion.StartsWith("3.0", StringComparison.Ordinal))
        {
            document.Model.SerializeAsV3(writer);
        }
        else
        {
            document.Model.SerializeAsV31(writer);
        }

        text.Flush();
        return JsonNode.Parse(text.ToString());
    }

    /// <summary>Whether <paramref name="url"/> names this machine or a wildcard listen address, i.e. belongs to a local run.</summary>
    public static bool IsLocalRunAddress(string? url, IReadOnlyCollection<Uri>? runAddresses = null)
    {
        if (url is null || !Uri.TryCreate(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        if (uri.IsLoopback || uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            return true;
        }

        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            return true;
        }

        return runAddresses?.Any(run => string.Equals(run.GetLeftPart(UriPartial.Authority), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)) == true;
    }

    private static SpecDocument WithoutLocalServers(SpecDocument committed, SpecDocument served, IReadOnlyCollection<Uri> runAddresses)
    {
        var servers = served.Model.Servers ?? [];
        if (!servers.Any(s => IsLocalRunAddress(s.Url, runAddresses)))
        {
            return served;
        }

        var committedPaths = (committed.Model.Servers ?? []).Select(s => BasePath(s.Url)).ToHashSet(StringComparer.Ordinal);
        var kept = new List<OpenApiServer>();
        foreach (var server in servers)
        {
            if (!IsLocalRunAddress(server.Url, runAddresses))
            {
                kept.Add(server);
                continue;
            }

            var path = BasePath(server.Url);
            if (committedPaths.Count > 0 && path != "/" && !committedPaths.Contains(path))
            {
                // The run serves under another base path than any committed server: that is real, keep the path alone.
                kept.Add(new OpenApiServer { Url = path, Description = server.Description });
            }
        }

        var model = new OpenApiDocument(served.Model) { Servers = kept };
        return new SpecDocument(served.Name, served.SpecVersion, model, served.Map);
    }

    private static string BasePath(string? url)
    {
        if (url is null)
        {
            return "/";
        }

        var path = Uri.TryCreate(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? uri.AbsolutePath
            : url;
        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }
}
