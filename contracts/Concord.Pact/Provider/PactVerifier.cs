using System.Net.Sockets;
using System.Runtime.InteropServices;
using Concord.Pact.Native;

namespace Concord.Pact.Provider;

/// <summary>
/// Verifies a provider against pacts: replays each interaction's request against the running
/// provider and checks the response, setting provider states through the state URL first.
/// Configure it fluently, then <see cref="VerifyAsync"/>. The result is structured, printable,
/// and says which pacts cover no success response.
/// </summary>
public sealed class PactVerifier
{
    private readonly List<PactSource> _sources = [];
    private readonly List<(string Name, string Value)> _headers = [];
    private readonly List<string> _consumers = [];
    private Uri? _provider;
    private Uri? _stateUrl;
    private Uri? _messages;
    private bool _stateTeardown;
    private bool _stateInQuery;
    private string? _descriptionFilter;
    private string? _stateFilter;
    private TimeSpan _requestTimeout = TimeSpan.FromSeconds(5);
    private PublishOptions? _publish;
    private Action<string>? _log;
    private bool _tlsVerificationDisabled;
    private Logging.PactLogLevel _logLevel;

    public PactVerifier(string providerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        ProviderName = providerName;
    }

    /// <summary>The provider's name, as the pacts call it.</summary>
    public string ProviderName { get; }

    /// <summary>Where the running provider listens, e.g. <c>http://127.0.0.1:5123/</c>; a path prefixes every request.</summary>
    public PactVerifier WithProvider(Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The provider address must be an absolute http(s) URI, got \"{baseUri}\".", nameof(baseUri));
        }

        _provider = baseUri;
        return this;
    }

    /// <summary>
    /// The provider-state endpoint; the verifier POSTs <c>{"state", "params", "action"}</c> before (and with <paramref name="teardown"/>, after)
    /// each interaction, or with <paramref name="stateInQuery"/> an empty POST with <c>?state=…&amp;action=…</c> and each parameter as a query parameter.
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri url, bool teardown = true, bool stateInQuery = false)
    {
        ArgumentNullException.ThrowIfNull(url);
        _stateUrl = url;
        _stateTeardown = teardown;
        _stateInQuery = stateInQuery;
        return this;
    }

    /// <summary>
    /// The endpoint that produces messages for message pacts: the verifier POSTs
    /// <c>{"description", "providerStates"}</c> and compares the body (and the base64 JSON
    /// <c>Pact-Message-Metadata</c> header) with the pact. It must be on the provider's host.
    /// </summary>
    public PactVerifier WithMessageProvider(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException($"The message endpoint must be an absolute URI, got \"{endpoint}\".", nameof(endpoint));
        }

        _messages = endpoint;
        return this;
    }

    /// <summary>Adds a source of pacts.</summary>
    public PactVerifier WithSource(PactSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
        return this;
    }

    /// <summary>Adds one pact file.</summary>
    public PactVerifier WithPactFile(string path) => WithSource(new PactSource.File(path));

    /// <summary>Adds every pact for this provider in a folder.</summary>
    public PactVerifier WithPactDirectory(string path) => WithSource(new PactSource.Directory(path));

    /// <summary>Adds a pact served at a URL.</summary>
    public PactVerifier WithPactUrl(Uri address, string? token = null) => WithSource(new PactSource.Url(address, Token: token));

    /// <summary>Adds the pacts a Pact Broker selects for this provider.</summary>
    public PactVerifier WithBroker(Uri address, BrokerOptions? options = null) => WithSource(new PactSource.Broker(address, options ?? new BrokerOptions()));

    /// <summary>Verifies only the pacts of these consumers.</summary>
    public PactVerifier ForConsumers(params string[] consumers)
    {
        _consumers.AddRange(consumers);
        return this;
    }

    /// <summary>Verifies only interactions whose description matches this regular expression.</summary>
    public PactVerifier ForDescriptionsMatching(string regex)
    {
        ArgumentException.ThrowIfNullOrEmpty(regex);
        _descriptionFilter = regex;
        return this;
    }

    /// <summary>Verifies only interactions with a provider state matching this regular expression.</summary>
    public PactVerifier ForStatesMatching(string regex)
    {
        ArgumentException.ThrowIfNullOrEmpty(regex);
        _stateFilter = regex;
        return this;
    }

    /// <summary>Adds (or replaces) a header on every request to the provider, e.g. a real test credential injected by CI.</summary>
    public PactVerifier WithCustomHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers.Add((name, value));
        return this;
    }

    /// <summary>
    /// Accepts any TLS certificate from the provider (and the state and message endpoints): for a provider on
    /// https with a self-signed development certificate. Never for a provider reached over a network.
    /// </summary>
    public PactVerifier WithTlsVerificationDisabled()
    {
        _tlsVerificationDisabled = true;
        return this;
    }

    /// <summary>How long each request to the provider may take; 5 seconds unless said otherwise.</summary>
    public PactVerifier WithRequestTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _requestTimeout = timeout;
        return this;
    }

    /// <summary>
    /// Sends the core's log lines at or above <paramref name="minimum"/> (and, at Info, its report) to <paramref name="sink"/>
    /// after the run, e.g. xunit's <c>ITestOutputHelper.WriteLine</c>; live-looking credentials are masked.
    /// </summary>
    public PactVerifier WithLog(Action<string> sink, Logging.PactLogLevel minimum = Logging.PactLogLevel.Info)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _log = sink;
        _logLevel = minimum;
        return this;
    }

    /// <summary>Publishes the results to the broker the pacts came from.</summary>
    public PactVerifier PublishResults(PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ProviderVersion);
        _publish = options;
        return this;
    }

    /// <summary>
    /// Runs the verification on a dedicated thread (the core blocks the thread it runs on).
    /// Bad input (no provider, no source, a malformed or unknown-version pact file, an unreachable
    /// provider) gives a result with <see cref="VerificationStatus.Error"/> and one clear problem each;
    /// the core is not started for it.
    /// </summary>
    public async Task<VerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var local = LocalPacts.Load(_sources);
        var problems = new List<VerificationProblem>(local.Problems);
        if (_provider is null)
        {
            problems.Insert(0, new("No provider address: call WithProvider(new Uri(\"http://127.0.0.1:<port>/\"))."));
        }

        if (_sources.Count == 0)
        {
            problems.Add(new("No pact source: add a pact file, a folder, a URL or a broker."));
        }

        problems.AddRange(local.Pacts.Where(p => p.Provider == ProviderName && p.ShapeProblem is not null).Select(p => new VerificationProblem(p.ShapeProblem!, p.Path)));
        var nothingVerified = new NothingVerified(ProviderName, [.. _sources], [.. _consumers], _descriptionFilter, _stateFilter);
        if (problems.Count == 0 && nothingVerified.BeforeRun(local) is { } nothing)
        {
            problems.Add(new(nothing));
        }

        if (problems.Count == 0 && !await IsReachableAsync(_provider!, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new($"The provider at {_provider} is not reachable: nothing accepted a connection on {_provider!.Host}:{_provider.Port}.", _provider.ToString()));
        }

        if (problems.Count > 0)
        {
            var refused = VerificationResult.NotRun(ProviderName, _provider, problems, local.Coverage(ProviderName));
            foreach (var problem in refused.Problems)
            {
                _log?.Invoke($"ERROR concord-pact: {Secrets.LiveCredentialPatterns.Scrub(problem.Message)}");
            }

            return refused;
        }

        // The core sends query-parameter state changes as a POST without Content-Length, which the relay's
        // listener refuses (411); those go straight to the state URL, and their reasons stay in the provider's log.
        var relay = _stateUrl is null || _stateInQuery ? null : ProviderStateRelay.Start(_stateUrl, _requestTimeout, _tlsVerificationDisabled);
        CoreRun run;
        try
        {
            run = await RunOnDedicatedThreadAsync(relay?.Address ?? _stateUrl, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (relay is not null)
            {
                await relay.DisposeAsync().ConfigureAwait(false);
            }
        }

        var result = VerificationResult.From(ProviderName, _provider!, run with { StateFailures = relay?.Failures ?? [] }, local, _publish is not null, nothingVerified);
        if (_log is { } log)
        {
            foreach (var line in Logging.PactLogFilter.Lines(result.Logs, _logLevel))
            {
                log(line);
            }

            if (_logLevel == Logging.PactLogLevel.Info && result.Output.Length > 0)
            {
                log(result.Output);
            }
        }

        return result;
    }

    private Task<CoreRun> RunOnDedicatedThreadAsync(Uri? stateUrl, CancellationToken cancellationToken)
    {
        PactCoreLibrary.EnsureInitialised();
        var completion = new TaskCompletionSource<CoreRun>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                completion.TrySetResult(ProviderRunGate.RunAlone(ProviderName, () => Execute(stateUrl)));
            }
#pragma warning disable CA1031 // Whatever happens on the verifier's thread is handed to the awaiting caller.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                completion.TrySetException(exception);
            }
        })
        {
            IsBackground = true,
            Name = $"Pact verifier for {ProviderName}",
        };
        thread.Start();

        // The core cannot be interrupted: a cancelled caller stops waiting; the thread finishes and frees the verifier itself.
        return completion.Task.WaitAsync(cancellationToken);
    }

    private CoreRun Execute(Uri? stateUrl)
    {
        using var handle = NativeMethods.VerifierNewForApplication("concord-pact", typeof(PactVerifier).Assembly.GetName().Version?.ToString(3) ?? "0");
        if (handle.IsInvalid)
        {
            throw new PactCoreException("The Pact core could not create a verifier.");
        }

        var provider = _provider!;
        NativeMethods.VerifierSetProviderInfo(handle, ProviderName, provider.Scheme, provider.Host, (ushort)provider.Port, provider.AbsolutePath);
        if (_messages is not null)
        {
            NativeMethods.VerifierAddProviderTransport(handle, "message", (ushort)_messages.Port, _messages.AbsolutePath, _messages.Scheme);
        }

        _ = NativeMethods.VerifierSetColouredOutput(handle, 0);
        _ = NativeMethods.VerifierSetNoPactsIsError(handle, 1);
        _ = NativeMethods.VerifierSetVerificationOptions(handle, (byte)(_tlsVerificationDisabled ? 1 : 0), new CULong((nuint)_requestTimeout.TotalMilliseconds));
        if (stateUrl is not null)
        {
            NativeMethods.VerifierSetProviderState(handle, stateUrl.ToString(), (byte)(_stateTeardown ? 1 : 0), (byte)(_stateInQuery ? 0 : 1));
        }

        if (_descriptionFilter is not null || _stateFilter is not null)
        {
            NativeMethods.VerifierSetFilterInfo(handle, _descriptionFilter, _stateFilter, 0);
        }

        if (_consumers.Count > 0)
        {
            NativeMethods.VerifierSetConsumerFilters(handle, [.. _consumers], (ushort)_consumers.Count);
        }

        foreach (var (name, value) in _headers)
        {
            NativeMethods.VerifierAddCustomHeader(handle, name, value);
        }

        if (_publish is { } publish)
        {
            // Results are published with these; a broker source's own branch stands in when publishing names none.
            var branch = publish.Branch ?? _sources.OfType<PactSource.Broker>().Select(b => b.Options.ProviderBranch).FirstOrDefault(b => b is not null);
            _ = NativeMethods.VerifierSetPublishOptions(handle, publish.ProviderVersion, publish.BuildUrl?.ToString(), [.. publish.Tags], (ushort)publish.Tags.Count, branch);
        }

        foreach (var source in _sources)
        {
            AddSource(handle, source, _publish);
        }

        var exitCode = NativeStandardStreams.Silence(NativeStandardStreams.StandardOutput, () => NativeMethods.VerifierExecute(handle));
        var logs = OwnedString.Take(NativeMethods.VerifierLogs(handle)) ?? string.Empty;
        var global = PactCoreLibrary.DrainGlobalLog();
        return new CoreRun(
            exitCode,
            OwnedString.Take(NativeMethods.VerifierJson(handle)) ?? "{}",
            OwnedString.Take(NativeMethods.VerifierOutput(handle, 1)) ?? string.Empty,
            global.Length == 0 ? logs : logs + global);
    }

    private static void AddSource(VerifierHandle handle, PactSource source, PublishOptions? publish)
    {
        switch (source)
        {
            case PactSource.File file:
                NativeMethods.VerifierAddFileSource(handle, Path.GetFullPath(file.Path));
                break;
            case PactSource.Directory directory:
                NativeMethods.VerifierAddDirectorySource(handle, Path.GetFullPath(directory.Path));
                break;
            case PactSource.Url url:
                NativeMethods.VerifierUrlSource(handle, url.Address.ToString(), url.Username, url.Password, url.Token);
                break;
            case PactSource.Broker broker:
                // The broker uses the provider's branch and tags to work out pending and WIP pacts; default them from publishing.
                var options = broker.Options with
                {
                    ProviderBranch = broker.Options.ProviderBranch ?? publish?.Branch,
                    ProviderTags = broker.Options.ProviderTags.Count > 0 ? broker.Options.ProviderTags : publish?.Tags ?? [],
                };
                string[] selectors = [.. options.ConsumerVersionSelectors.Select(s => s.ToJson())];
                var status = NativeMethods.VerifierBrokerSourceWithSelectors(
                    handle,
                    broker.Address.ToString(),
                    options.Username,
                    options.Password,
                    options.Token,
                    (byte)(options.EnablePending ? 1 : 0),
                    options.IncludeWipPactsSince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    [.. options.ProviderTags],
                    (ushort)options.ProviderTags.Count,
                    options.ProviderBranch,
                    selectors,
                    (ushort)selectors.Length,
                    null,
                    0);
                if (status != 0)
                {
                    throw new PactCoreException($"The broker source {broker.Address} was refused (code {status}): a consumer version selector is not valid.");
                }

                break;
        }
    }

    private static async Task<bool> IsReachableAsync(Uri provider, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await client.ConnectAsync(provider.Host, provider.Port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
