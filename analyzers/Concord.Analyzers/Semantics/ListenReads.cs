using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Concord.Analyzers.Credentials;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// Decides from how a setting is read whether it is where this program listens: a read of the member in the
/// compilation reaches a server's bind (a gRPC <c>ServerPort</c>, Kestrel's <c>Listen</c>, <c>UseUrls</c>,
/// <c>app.Urls.Add</c>, <c>app.Run(url)</c>, <c>HttpListener.Prefixes.Add</c>, <c>new TcpListener(…)</c>, a member
/// named for where a server listens or binds, <c>ListenAddress = …</c>), through locals, interpolation,
/// <c>IPAddress.Parse</c>, <c>new Uri</c> or <c>new IPEndPoint</c>. A loopback default there is the program's own
/// address, not an upstream it calls; its other reads (a status page, a start-up banner, the program calling itself)
/// use that same address, which is where the program is when it runs. CORD002 asks this only of programs: a library's
/// option defaults are never reported.
/// </summary>
/// <remarks>
/// Read by syntax first and by name, so that a server type from a package the compilation could not resolve
/// (an unrestored <c>Grpc.Core</c>) is still recognised by the names its members carry.
/// </remarks>
internal static class ListenReads
{
    // The reads looked at before giving up: a setting bound to a server is read a few times (the bind, a log line, a
    // banner); one read more widely than this is taken for an upstream's without reading further.
    private const int MaxReads = 16;

    private const int MaxLocalHops = 2;

    private static readonly HashSet<string> ListenMethods = new(StringComparer.Ordinal)
    {
        "Listen", "ListenLocalhost", "ListenAnyIP", "UseUrls",
    };

    private static readonly HashSet<string> ListenTypes = new(StringComparer.Ordinal) { "ServerPort", "TcpListener" };

    // Collections that hold where a server listens: app.Urls, HttpListener.Prefixes, a gRPC Server's Ports.
    private static readonly HashSet<string> ListenCollections = new(StringComparer.Ordinal) { "Urls", "Prefixes", "Ports" };

    // WebApplication.Run(url) and RunAsync(url) bind the URL they are given; a Run of any other type is not a bind.
    private static readonly HashSet<string> WebApplicationRunMethods = new(StringComparer.Ordinal) { "Run", "RunAsync" };

    // Words of a member that holds where a server listens (a transport's ListenAddress, a BindAddress).
    private static readonly HashSet<string> ListenMemberWords = new(StringComparer.Ordinal) { "listen", "bind" };

    // Wrappers whose result is the same address in another type.
    private static readonly HashSet<string> AddressWrappers = new(StringComparer.Ordinal) { "Uri", "IPEndPoint", "DnsEndPoint", "UriBuilder" };

    /// <summary>True when a read of <paramref name="member"/> in <paramref name="compilation"/> reaches a listen.</summary>
    public static bool IsListenedOn(ISymbol member, Compilation compilation, CancellationToken cancellationToken)
    {
        var reads = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var name in tree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != member.Name)
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(tree);
                if (!Refers(model.GetSymbolInfo(name, cancellationToken), member))
                {
                    continue;
                }

                var access = AccessOf(name);
                if (IsWritten(access))
                {
                    continue;
                }

                if (ReachesListen(access, model, 0, cancellationToken))
                {
                    return true;
                }

                if (++reads >= MaxReads)
                {
                    return false;
                }
            }
        }

        return false;
    }

    private static bool Refers(SymbolInfo info, ISymbol member)
    {
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        return symbol is not null && SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, member.OriginalDefinition);
    }

    /// <summary>The whole expression that reads the member: <c>creds.GrpcApi.Host</c> for its <c>Host</c>, <c>a?.Host</c> for a member binding.</summary>
    private static ExpressionSyntax AccessOf(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access when access.Name == name => access,
        MemberBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax conditional } binding when conditional.WhenNotNull == binding => conditional,
        _ => name,
    };

    private static bool IsWritten(ExpressionSyntax access) =>
        access.Parent is AssignmentExpressionSyntax assignment && assignment.Left == access;

    private static bool ReachesListen(ExpressionSyntax read, SemanticModel model, int hops, CancellationToken cancellationToken)
    {
        SyntaxNode current = read;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax:
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.CoalesceExpression }:
                case ConditionalExpressionSyntax conditional when conditional.Condition != current:
                    current = parent;
                    continue;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return hops < MaxLocalHops && LocalReachesListen(declarator, model, hops + 1, cancellationToken);
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    // new TransportConfig { ListenAddress = config.Host }: given to a server as where it listens.
                    return LastName(assignment.Left) is { } target && IdentifierWords.Split(target).Any(ListenMemberWords.Contains);
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } owner } }:
                    if (IsListen(owner, model, cancellationToken))
                    {
                        return true;
                    }

                    if (IsAddressWrapper(owner))
                    {
                        current = owner;
                        continue;
                    }

                    return false;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether a local initialized from the setting reaches a listen: one of its uses does.</summary>
    private static bool LocalReachesListen(VariableDeclaratorSyntax declarator, SemanticModel model, int hops, CancellationToken cancellationToken)
    {
        var local = model.GetDeclaredSymbol(declarator, cancellationToken);
        // A local of top-level statements is in scope in every statement of its file.
        SyntaxNode? scope = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is GlobalStatementSyntax)
        {
            scope = scope.Parent;
        }

        if (local is null || scope is null)
        {
            return false;
        }

        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
            {
                continue;
            }

            if (IsWritten(name))
            {
                continue;
            }

            if (ReachesListen(name, model, hops, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListen(SyntaxNode owner, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (owner)
        {
            case InvocationExpressionSyntax invocation:
                var method = MethodName(invocation.Expression);
                return (method is not null && ListenMethods.Contains(method))
                    || (method is not null && WebApplicationRunMethods.Contains(method) && IsWebApplicationMethod(invocation, model, cancellationToken))
                    || (method == "Add" && invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && ListenCollections.Contains(LastName(receiver) ?? string.Empty));
            case ObjectCreationExpressionSyntax creation:
                return ListenTypes.Contains(LastName(creation.Type) ?? string.Empty) || IsListenCollectionElement(creation);
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                return (model.GetTypeInfo(implicitCreation, cancellationToken).Type is { TypeKind: not TypeKind.Error, Name: var typeName } && ListenTypes.Contains(typeName))
                    || IsListenCollectionElement(implicitCreation);
            default:
                return false;
        }
    }

    private static bool IsWebApplicationMethod(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        var info = model.GetSymbolInfo(invocation, cancellationToken);
        var method = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        return method?.ContainingType is { Name: "WebApplication" } type
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Builder";
    }

    // new Server { Ports = { new(host, port, credentials) } }: an element of a server's listen collection.
    private static bool IsListenCollectionElement(ExpressionSyntax creation) =>
        creation.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression, Parent: AssignmentExpressionSyntax { Left: IdentifierNameSyntax collection } }
        && ListenCollections.Contains(collection.Identifier.ValueText);

    private static bool IsAddressWrapper(SyntaxNode owner) => owner switch
    {
        ObjectCreationExpressionSyntax creation => AddressWrappers.Contains(LastName(creation.Type) ?? string.Empty),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Parse", Expression: var type } } => LastName(type) == "IPAddress",
        _ => false,
    };

    private static string? MethodName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };

    private static string? LastName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => null,
    };
}
