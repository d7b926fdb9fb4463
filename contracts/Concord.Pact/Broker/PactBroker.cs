using System.Text.Json;
using System.Text.Json.Nodes;

namespace Concord.Pact.Broker;

/// <summary>
/// A Pact Broker, reached through its HAL API the way the broker's own clients reach it: every call starts at the
/// index resource and follows the relation it needs (<c>pb:publish-contracts</c> to publish,
/// <c>pb:can-i-deploy-pacticipant-version-to-environment</c>/<c>-to-tag</c> to ask can-i-deploy,
/// <c>pb:latest-provider-pacts</c> and <c>pb:provider-pacts-for-verification</c> to read a provider's pacts). Anything
/// but the broker's documented success is a one-line <see cref="PactBrokerException"/> naming the request (where) and
/// what went wrong; nothing fails quietly and credentials never appear in a message or log line.
/// </summary>
public sealed class PactBroker : IDisposable
{
    private const string PublishRelation = "pb:publish-contracts";
    private const string EnvironmentRelation = "pb:can-i-deploy-pacticipant-version-to-environment";
    private const string TagRelation = "pb:can-i-deploy-pacticipant-version-to-tag";
    private const string LatestPactsRelation = "pb:latest-provider-pacts";
    private const string ForVerificationRelation = "pb:provider-pacts-for-verification";
    private readonly HalClient _client;

    /// <param name="address">The broker's base URL (its index resource).</param>
    /// <param name="credentials">A token or basic auth; none for an open broker.</param>
    /// <param name="timeout">How long one request may take; 30 s when not given.</param>
    /// <param name="log">Receives one line per request and every error, with credentials redacted.</param>
    public PactBroker(Uri address, BrokerCredentials? credentials = null, TimeSpan? timeout = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The Pact Broker address must be an absolute http(s) URL; got \"{address}\".", nameof(address));
        }

        _client = new HalClient(address, credentials, timeout ?? TimeSpan.FromSeconds(30), log);
    }

    /// <summary>
    /// Publishes pact files for one consumer version, with its branch, tags and build URL, in one call to the
    /// broker's <c>pb:publish-contracts</c> relation. <paramref name="pactFilesOrFolders"/> are pact files or folders of
    /// them (<c>*.json</c>); every pact must name the same consumer. Publishing nothing is an error, not a success.
    /// </summary>
    public async Task<PublishResult> PublishAsync(IEnumerable<string> pactFilesOrFolders, ConsumerVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pactFilesOrFolders);
        ArgumentNullException.ThrowIfNull(version);
        if (string.IsNullOrWhiteSpace(version.Number))
        {
            throw new ArgumentException("The consumer version number must not be empty; the broker requires it (use the git commit hash).", nameof(version));
        }

        var pacts = PactsToPublish.Read(pactFilesOrFolders);
        var body = new JsonObject
        {
            ["pacticipantName"] = pacts.Consumer,
            ["pacticipantVersionNumber"] = version.Number,
        };
        if (version.Branch is { Length: > 0 } branch)
        {
            body["branch"] = branch;
        }

        if (version.Tags.Count > 0)
        {
            body["tags"] = new JsonArray(version.Tags.Select(t => (JsonNode)t).ToArray());
        }

        if (version.BuildUrl is not null)
        {
            body["buildUrl"] = version.BuildUrl.ToString();
        }

        body["contracts"] = new JsonArray(pacts.Files.Select(pact => (JsonNode)new JsonObject
        {
            ["consumerName"] = pacts.Consumer,
            ["providerName"] = pact.Provider,
            ["specification"] = "pact",
            ["contentType"] = "application/json",
            ["content"] = Convert.ToBase64String(pact.Content),
            ["onConflict"] = version.Merge ? "merge" : "overwrite",
        }).ToArray());

        var href = await _client.IndexLinkAsync(PublishRelation, "publishing pacts", cancellationToken);
        var target = _client.Expand(href, new Dictionary<string, string>(), PublishRelation);
        var response = await _client.SendAsync(HttpMethod.Post, target, body, $"the publication of {pacts.Consumer} {version.Number}", cancellationToken);
        var result = ReadPublished(response, pacts, version);
        _client.Log(result.ToString());
        return result;
    }

    /// <summary>
    /// Asks the broker whether <paramref name="version"/> of <paramref name="pacticipant"/> can be deployed to
    /// <paramref name="target"/>, through its can-i-deploy resource. The answer is the broker's; only its explicit
    /// <c>deployable: true</c> makes <see cref="CanIDeployResult.CanDeploy"/> true.
    /// </summary>
    public Task<CanIDeployResult> CanIDeployAsync(string pacticipant, string version, DeployTarget target, CancellationToken cancellationToken = default) =>
        CanIDeployAsync(pacticipant, version, target, new CanIDeployRetry(0, TimeSpan.Zero), cancellationToken);

    /// <summary>
    /// As <see cref="CanIDeployAsync(string, string, DeployTarget, CancellationToken)"/>, asking again up to
    /// <see cref="CanIDeployRetry.Times"/> more times while the broker's verdict is unknown (<c>deployable: null</c>).
    /// The last answer is returned; if it is still unknown, <see cref="CanIDeployResult.CanDeploy"/> is false.
    /// </summary>
    public async Task<CanIDeployResult> CanIDeployAsync(string pacticipant, string version, DeployTarget target, CanIDeployRetry retry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentOutOfRangeException.ThrowIfNegative(retry.Times);
        var result = await AskCanIDeployAsync(pacticipant, version, target, cancellationToken);
        for (var attempt = 1; attempt <= retry.Times && result.Deployable is null; attempt++)
        {
            _client.Log(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"can-i-deploy is unknown; asking again in {retry.Interval.TotalSeconds:0.###} s ({attempt} of {retry.Times})"));
            await Task.Delay(retry.Interval, cancellationToken);
            result = await AskCanIDeployAsync(pacticipant, version, target, cancellationToken);
        }

        return result;
    }

    private async Task<CanIDeployResult> AskCanIDeployAsync(string pacticipant, string version, DeployTarget target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pacticipant);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentNullException.ThrowIfNull(target);
        var (relation, values) = target switch
        {
            DeployTarget.Environment environment => (EnvironmentRelation, new Dictionary<string, string> { ["pacticipant"] = pacticipant, ["version"] = version, ["environment"] = environment.Name }),
            DeployTarget.Tag tag => (TagRelation, new Dictionary<string, string> { ["pacticipant"] = pacticipant, ["version"] = version, ["tag"] = tag.Name }),
            _ => throw new ArgumentException($"Unknown deploy target {target}.", nameof(target)),
        };

        var href = await _client.IndexLinkAsync(relation, "can-i-deploy", cancellationToken);
        var response = await _client.SendAsync(HttpMethod.Get, _client.Expand(href, values, relation), null, "can-i-deploy", cancellationToken);
        var result = ReadCanIDeploy(response, pacticipant, version, target);
        _client.Log(result.ToString());
        return result;
    }

    /// <summary>The broker's address as messages show it: without any user name or password written into the URL.</summary>
    public string Shown => HalClient.Shown(_client.Address);

    /// <summary>
    /// The latest pact of every consumer of <paramref name="provider"/>, through the index's <c>pb:latest-provider-pacts</c>
    /// relation and the <c>pb:pacts</c> links it answers with. An unknown provider is an error; a known one with no
    /// pact is an empty list.
    /// </summary>
    public async Task<IReadOnlyList<FetchedPact>> LatestPactsAsync(string provider, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        var href = await _client.IndexLinkAsync(LatestPactsRelation, $"reading the latest pacts of {provider}", cancellationToken).ConfigureAwait(false);
        var target = _client.Expand(href, new Dictionary<string, string> { ["provider"] = provider }, LatestPactsRelation);
        var answer = await _client.SendAsync(HttpMethod.Get, target, null, $"the latest pacts for {provider}", cancellationToken, notFound: $"the broker knows no provider '{provider}'").ConfigureAwait(false);
        var links = Links(HalClient.At(answer.Body, "_links", "pb:pacts"), answer, "_links.pb:pacts");
        return await FetchAllAsync(links, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The pacts the broker chooses for verifying <paramref name="provider"/> with these consumer version selectors
    /// (JSON objects as the broker documents them, e.g. <c>{"mainBranch":true}</c>), through the index's
    /// <c>pb:provider-pacts-for-verification</c> relation (a POST of the selectors) and the <c>_embedded.pacts</c> it answers with.
    /// </summary>
    public async Task<IReadOnlyList<FetchedPact>> PactsForVerificationAsync(string provider, IEnumerable<JsonObject> selectors, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentNullException.ThrowIfNull(selectors);
        var href = await _client.IndexLinkAsync(ForVerificationRelation, $"choosing the pacts to verify {provider}", cancellationToken).ConfigureAwait(false);
        var target = _client.Expand(href, new Dictionary<string, string> { ["provider"] = provider }, ForVerificationRelation);
        var body = new JsonObject { ["consumerVersionSelectors"] = new JsonArray([.. selectors.Select(s => s.DeepClone())]) };
        var answer = await _client.SendAsync(HttpMethod.Post, target, body, $"the pacts for verification of {provider}", cancellationToken).ConfigureAwait(false);
        if (HalClient.At(answer.Body, "_embedded", "pacts") is not JsonArray embedded)
        {
            throw _client.Fail($"{answer.Request}: the answer has no _embedded.pacts list; is this a Pact Broker?", answer.Status);
        }

        var links = Links(new JsonArray([.. embedded.Select(p => HalClient.At(p, "_links", "self")?.DeepClone())]), answer, "_embedded.pacts[]._links.self");
        return await FetchAllAsync(links, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pact at <paramref name="address"/> (a broker's pact resource, or any pact file served over http(s)), as text.</summary>
    public async Task<FetchedPact> PactAsync(Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var content = await _client.GetTextAsync(address, "the pact", cancellationToken).ConfigureAwait(false);
        return new FetchedPact(address, HalClient.Shown(address), content);
    }

    public void Dispose() => _client.Dispose();

    private async Task<IReadOnlyList<FetchedPact>> FetchAllAsync(IReadOnlyList<Uri> links, CancellationToken cancellationToken)
    {
        var pacts = new List<FetchedPact>();
        foreach (var link in links)
        {
            pacts.Add(await PactAsync(link, cancellationToken).ConfigureAwait(false));
        }

        return pacts;
    }

    /// <summary>The http(s) hrefs of a HAL link or list of links; anything else there is an error naming where.</summary>
    private List<Uri> Links(JsonNode? node, HalResponse answer, string where)
    {
        var items = node switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            null => [],
            _ => throw _client.Fail($"{answer.Request}: {where} is not a list of links", answer.Status),
        };

        var links = new List<Uri>();
        foreach (var item in items)
        {
            if (HalClient.At(item, "href") is not JsonValue href || !href.TryGetValue<string>(out var text)
                || !Uri.TryCreate(_client.Address, text, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw _client.Fail($"{answer.Request}: an entry of {where} has no http(s) href", answer.Status);
            }

            links.Add(url);
        }

        return links;
    }

    private PublishResult ReadPublished(HalResponse response, PactsToPublish pacts, ConsumerVersion version)
    {
        var body = (JsonObject)response.Body;
        var contracts = new List<PublishedContract>();
        var links = HalClient.At(body, "_links", "pb:contracts");
        foreach (var link in links as JsonArray ?? (links is JsonObject single ? [single.DeepClone()] : []))
        {
            if (HalClient.At(link, "href") is JsonValue href && href.TryGetValue<string>(out var text) && Uri.TryCreate(_client.Address, text, out var address))
            {
                contracts.Add(new PublishedContract(HalClient.At(link, "name")?.ToString() ?? text, address));
            }
        }

        if (contracts.Count != pacts.Files.Count)
        {
            throw _client.Fail(
                $"{response.Request}: {response.Status}, but the broker confirmed {contracts.Count} of the {pacts.Files.Count} pact(s) sent " +
                $"(its \"pb:contracts\" links); the pacts cannot be taken as published", response.Status);
        }

        var notices = new List<BrokerNotice>();
        if (HalClient.At(body, "notices") is JsonArray noticeArray)
        {
            notices.AddRange(noticeArray.OfType<JsonObject>().Select(n => new BrokerNotice(HalClient.At(n, "type")?.ToString() ?? "info", HalClient.At(n, "text")?.ToString() ?? string.Empty)));
        }
        else if (HalClient.At(body, "logs") is JsonArray logs)
        {
            notices.AddRange(logs.OfType<JsonObject>().Select(n => new BrokerNotice(HalClient.At(n, "level")?.ToString() ?? "info", HalClient.At(n, "message")?.ToString() ?? string.Empty)));
        }

        foreach (var notice in notices)
        {
            _client.Log($"broker {notice.Level}: {notice.Text}");
        }

        var confirmedVersion = HalClient.At(body, "_embedded", "version", "number")?.ToString() ?? version.Number;
        return new PublishResult(pacts.Consumer, confirmedVersion, contracts, notices);
    }

    private CanIDeployResult ReadCanIDeploy(HalResponse response, string pacticipant, string version, DeployTarget target)
    {
        var body = (JsonObject)response.Body;
        if (HalClient.At(body, "summary") is not JsonObject summary || !summary.ContainsKey("deployable"))
        {
            throw _client.Fail($"{response.Request}: {response.Status}, but without a \"summary\" holding \"deployable\"; there is no verdict to read", response.Status);
        }

        bool? deployable = HalClient.At(summary, "deployable") switch
        {
            null => null,
            JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
            JsonValue value when value.GetValueKind() is JsonValueKind.False => false,
            var other => throw _client.Fail($"{response.Request}: \"summary.deployable\" is {other.ToJsonString()}, which is neither true, false nor null", response.Status),
        };

        var rows = new List<MatrixRow>();
        if (HalClient.At(body, "matrix") is JsonArray matrix)
        {
            foreach (var row in matrix.OfType<JsonObject>())
            {
                rows.Add(new MatrixRow(
                    HalClient.At(row, "consumer", "name")?.ToString() ?? "?",
                    HalClient.At(row, "consumer", "version", "number")?.ToString() ?? "?",
                    HalClient.At(row, "provider", "name")?.ToString() ?? "?",
                    HalClient.At(row, "provider", "version", "number")?.ToString(),
                    HalClient.At(row, "verificationResult", "success") is JsonValue success && success.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? success.GetValue<bool>() : null));
            }
        }

        return new CanIDeployResult(
            pacticipant,
            version,
            target,
            deployable,
            HalClient.At(summary, "reason")?.ToString() ?? string.Empty,
            Count(summary, "success"),
            Count(summary, "failed"),
            Count(summary, "unknown"),
            rows);
    }

    private static int Count(JsonObject summary, string name) =>
        summary[name] is JsonValue value && value.TryGetValue<int>(out var count) ? count : 0;

    /// <summary>The pact files of one publication, read and checked before anything is sent.</summary>
    private sealed record PactsToPublish(string Consumer, IReadOnlyList<PactToPublish> Files)
    {
        internal static PactsToPublish Read(IEnumerable<string> filesOrFolders)
        {
            var paths = new List<string>();
            var given = filesOrFolders.ToList();
            foreach (var entry in given)
            {
                if (Directory.Exists(entry))
                {
                    paths.AddRange(Directory.GetFiles(entry, "*.json").Order(StringComparer.Ordinal));
                }
                else if (File.Exists(entry))
                {
                    paths.Add(entry);
                }
                else
                {
                    throw new PactBrokerException($"Nothing to publish at {entry}: no such file or folder.");
                }
            }

            if (paths.Count == 0)
            {
                throw new PactBrokerException($"Nothing to publish: no pact files (*.json) in {(given.Count == 0 ? "an empty list" : string.Join(", ", given))}.");
            }

            var pacts = paths.Select(PactToPublish.Read).ToList();
            var consumers = pacts.GroupBy(p => p.Consumer, StringComparer.Ordinal).ToList();
            if (consumers.Count > 1)
            {
                throw new PactBrokerException(
                    "One publication is for one consumer version, but these pacts name different consumers: " +
                    string.Join("; ", consumers.Select(g => $"\"{g.Key}\" in {string.Join(", ", g.Select(p => p.Path))}")) + ".");
            }

            return new PactsToPublish(consumers[0].Key, pacts);
        }
    }

    private sealed record PactToPublish(string Path, string Consumer, string Provider, byte[] Content)
    {
        internal static PactToPublish Read(string path)
        {
            var content = File.ReadAllBytes(path);
            JsonNode? pact;
            try
            {
                pact = JsonNode.Parse(content);
            }
            catch (JsonException exception)
            {
                throw new PactBrokerException($"{path}:{exception.LineNumber + 1}:{exception.BytePositionInLine + 1}: not a pact file: {exception.Message.Split('.')[0]}.", exception);
            }

            return new PactToPublish(path, Name(pact, "consumer", path), Name(pact, "provider", path), content);
        }

        private static string Name(JsonNode? pact, string role, string path) =>
            HalClient.At(pact, role, "name") is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0
                ? name
                : throw new PactBrokerException($"{path}: not a pact file: it has no \"{role}\".\"name\".");
    }
}
