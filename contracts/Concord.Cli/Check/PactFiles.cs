using Concord.OpenApi.PactComparison;

namespace Concord.Cli.Check;

/// <summary>
/// The pact files of a folder as check summarises them: who consumes whom, which paths their HTTP interactions
/// request, whether any needs a provider state. Each file is read once, by the same reader as
/// <c>concord compare</c> (<see cref="PactReader"/>), and the read pact is kept for the pact-vs-document step.
/// </summary>
internal sealed record PactFile(string Path, string Consumer, string Provider, IReadOnlyList<PactRequest> Requests, bool UsesProviderStates)
{
    /// <summary>The pact as read, for the comparison with the provider's document.</summary>
    public ConsumerPact? Read { get; init; }

    public static IReadOnlyList<PactFile> In(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pacts = new List<PactFile>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            if (info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                // A dangling link would otherwise surface as "Could not find file", naming no link.
                throw new CheckFailedException($"{file}: a link to {target}, which does not exist; remove the link or restore the pact.");
            }

            ConsumerPact pact;
            try
            {
                pact = PactReader.ReadFile(file);
            }
            catch (PactReadException e) when (e.InnerException is IOException or UnauthorizedAccessException)
            {
                throw new CheckFailedException($"{file}: cannot be read: {e.InnerException.Message}");
            }
            catch (PactReadException e)
            {
                throw Unreadable(file, e);
            }

            pacts.Add(From(file, pact));
        }

        return pacts;
    }

    /// <summary>The pact file at <paramref name="path"/>, already read.</summary>
    public static PactFile From(string path, ConsumerPact pact)
    {
        var requests = pact.Interactions
            .Where(i => i.Request is not null)
            .Select(i => new PactRequest(i.Description, i.Request!.Method, i.Request.Path))
            .ToList();
        return new PactFile(path, pact.Consumer, pact.Provider, requests, pact.Interactions.Any(i => i.ProviderStates.Count > 0)) { Read = pact };
    }

    /// <summary>"where:line:column: not a readable pact file: reason", naming the pact as the user knows it (a file, a broker URL).</summary>
    public static CheckFailedException Unreadable(string shown, PactReadException e)
    {
        var where = e.Line is { } line ? e.Column is { } column ? $"{shown}:{line}:{column}" : $"{shown}:{line}" : shown;
        return new CheckFailedException($"{where}: not a readable pact file: {e.Reason}");
    }

    /// <summary>The distinct paths the pact's HTTP interactions request.</summary>
    public IEnumerable<string> RequestPaths => Requests.Select(r => r.Path).Distinct(StringComparer.Ordinal);
}

/// <summary>One HTTP interaction's request as a pact file records it: description, method, path.</summary>
internal sealed record PactRequest(string Description, string Method, string Path);
