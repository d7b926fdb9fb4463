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
    private readonly ConcurrentQueue<CollectedCall> _calls = new();
    private readonly ConcurrentQueue<ClientRegistration> _registrations = new();

    private CompilationCalls(ImmutableArray<ProviderDocument> documents) => Documents = documents;

    public ImmutableArray<ProviderDocument> Documents { get; }

    public IEnumerable<CollectedCall> Calls => _calls;

    public IReadOnlyList<ClientRegistration> Registrations => _registrations.ToArray();

    /// <summary>The calls that go to a provider with a document and have a literal path to compare, each with its matches.</summary>
    public IEnumerable<DocumentedCall> Documented()
    {
        var registrations = Registrations;
        foreach (var collected in _calls)
        {
            var call = collected.Call;
            if (CallPath.Of(call.Route) is { } path && ProviderResolver.For(call, Documents, registrations) is { } document)
            {
                yield return new DocumentedCall(call, collected.Facts, path, document, RouteMatcher.Matches(path, document.Operations));
            }
        }
    }

    /// <summary>
    /// Gathers calls (with <paramref name="describe"/>'s extra facts about each invocation, and
    /// <paramref name="describeRefit"/>'s about each Refit method, when given) and registrations, then calls
    /// <paramref name="report"/> once at the end.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext start,
        Func<IInvocationOperation, HttpCall, CallSymbols, object?>? describe,
        Action<CompilationAnalysisContext, CompilationCalls> report,
        Func<IMethodSymbol, HttpCall, object?>? describeRefit = null)
    {
        var documents = ProviderDocuments.Of(start.Options, start.CancellationToken);
        var symbols = CallSymbols.From(start.Compilation);
        if (documents.IsEmpty || symbols.HttpClient is null)
        {
            return;
        }

        var collected = new CompilationCalls(documents);
        start.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var name = invocation.TargetMethod.Name;
                if (HttpCallReader.IsCandidateName(name) && HttpCallReader.Read(invocation, symbols) is { } call)
                {
                    collected._calls.Enqueue(new CollectedCall(call, describe?.Invoke(invocation, call, symbols)));
                }
                else if (ClientRegistrationReader.IsCandidateName(name) && ClientRegistrationReader.Read(invocation, symbols) is { } registration)
                {
                    collected._registrations.Enqueue(registration);
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(
            c =>
            {
                if (ClientRegistrationReader.ReadAssignment((ISimpleAssignmentOperation)c.Operation, symbols) is { } registration)
                {
                    collected._registrations.Enqueue(registration);
                }
            },
            OperationKind.SimpleAssignment);
        start.RegisterSymbolAction(
            c =>
            {
                var method = (IMethodSymbol)c.Symbol;
                if (RefitCallReader.Read(method) is { } call)
                {
                    collected._calls.Enqueue(new CollectedCall(call, describeRefit?.Invoke(method, call)));
                }
            },
            SymbolKind.Method);
        start.RegisterCompilationEndAction(c => report(c, collected));
    }
}

/// <summary>A call and what a rule learnt about it while its invocation was at hand.</summary>
internal sealed class CollectedCall
{
    public CollectedCall(HttpCall call, object? facts)
    {
        Call = call;
        Facts = facts;
    }

    public HttpCall Call { get; }

    public object? Facts { get; }
}
