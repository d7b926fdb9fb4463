using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// The calls and client registrations of one compilation, gathered for the spec-aware rules, which can only
/// decide which provider a call goes to once every registration is known (at the end of the compilation).
/// Registers nothing when the project gives no provider document.
/// </summary>
internal sealed class CompilationCalls
{
    private readonly ConcurrentQueue<HttpCall> _calls = new();
    private readonly ConcurrentQueue<ClientRegistration> _registrations = new();

    private CompilationCalls(ImmutableArray<ProviderDocument> documents, Compilation compilation)
    {
        Documents = documents;
        Ambient = new AmbientHeaders(compilation);
    }

    public ImmutableArray<ProviderDocument> Documents { get; }

    public IEnumerable<HttpCall> Calls => _calls;

    /// <summary>Headers that may reach any call from out of its sight (default headers set elsewhere, message handlers).</summary>
    public AmbientHeaders Ambient { get; }

    public IReadOnlyList<ClientRegistration> Registrations => _registrations.ToArray();

    /// <summary>
    /// The calls that go to a provider with a document and have a literal path to compare, each with its matches
    /// and the headers it sends (its own, and the defaults its client's registrations set).
    /// </summary>
    public IEnumerable<DocumentedCall> Documented()
    {
        var registrations = Registrations;
        foreach (var call in _calls)
        {
            if (CallPath.Of(call.Route) is { } path && ProviderResolver.For(call, Documents, registrations) is { } document)
            {
                yield return new DocumentedCall(call, () => HeadersOf(call, registrations), path, document, RouteMatcher.Matches(path, document.Operations));
            }
        }
    }

    /// <summary>The call's own headers and those its client's registrations set as defaults.</summary>
    private static CallHeaders HeadersOf(HttpCall call, IReadOnlyList<ClientRegistration> registrations)
    {
        var headers = call.Headers;
        if (call.Client.Kind == ClientKind.Unknown)
        {
            return headers;
        }

        foreach (var registration in registrations)
        {
            if (registration.Client.Kind == call.Client.Kind && registration.Client.Name == call.Client.Name)
            {
                headers = headers.With(registration.Headers);
            }
        }

        return headers;
    }

    /// <summary>
    /// Gathers calls and registrations, then calls <paramref name="report"/> once at the end. With
    /// <paramref name="readsWhatCallsSend"/> each call's query, headers and body are read while its code is at hand
    /// (in parallel, per operation) rather than all at the end.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        Action<CompilationAnalysisContext, CompilationCalls> report,
        bool readsWhatCallsSend = false)
    {
        var documents = ProviderDocuments.Of(start.Options, start.CancellationToken);
        var symbols = CallSymbols.From(start.Compilation);
        if (documents.IsEmpty || symbols.HttpClient is null)
        {
            return;
        }

        var collected = new CompilationCalls(documents, start.Compilation);
        start.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var name = invocation.TargetMethod.Name;
                if (HttpCallReader.IsCandidateName(name) && HttpCallReader.Read(invocation, symbols) is { } call)
                {
                    collected.Add(call, readsWhatCallsSend);
                }
                else if (ClientRegistrationReader.IsCandidateName(name) && ClientRegistrationReader.Read(invocation, symbols) is { } registration)
                {
                    collected._registrations.Enqueue(registration);
                }

                if (name is "Add" or "TryAddWithoutValidation" or "AddHttpMessageHandler")
                {
                    collected.Ambient.See(invocation, symbols);
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(
            c =>
            {
                var assignment = (ISimpleAssignmentOperation)c.Operation;
                if (ClientRegistrationReader.ReadAssignment(assignment, symbols) is { } registration)
                {
                    collected._registrations.Enqueue(registration);
                }

                collected.Ambient.See(assignment, symbols);
            },
            OperationKind.SimpleAssignment);
        if (symbols.Known.SeesRefit)
        {
            start.RegisterSymbolAction(
                c =>
                {
                    var method = (IMethodSymbol)c.Symbol;
                    if (RefitCallReader.Read(method, symbols.Known) is { } call)
                    {
                        collected.Add(call, readsWhatCallsSend);
                    }
                },
                SymbolKind.Method);
        }

        start.RegisterSymbolAction(c => collected.Ambient.See((INamedTypeSymbol)c.Symbol), SymbolKind.NamedType);
        start.RegisterCompilationEndAction(c => report(c, collected));
    }

    private void Add(HttpCall call, bool readWhatItSends)
    {
        if (readWhatItSends)
        {
            _ = call.Query;
            _ = call.Headers;
            _ = call.Body;
        }

        _calls.Enqueue(call);
    }
}
