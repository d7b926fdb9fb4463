using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// Headers that may reach a call from out of its sight: a <c>DefaultRequestHeaders</c> header set anywhere in the
/// compilation (a helper that configures a client, a registration this model does not trace), and any header at all
/// when a message handler may add one (a <c>DelegatingHandler</c>, <c>AddHttpMessageHandler</c>). Rules that report
/// a missing header give the call the benefit of this doubt; the header sets are read by <see cref="CallHeaderReader"/>.
/// </summary>
internal sealed class AmbientHeaders
{
    private readonly INamedTypeSymbol? _delegatingHandler;
    private int _mayAddAny;

    public AmbientHeaders(Compilation compilation) =>
        _delegatingHandler = compilation.GetTypeByMetadataName("System.Net.Http.DelegatingHandler");

    /// <summary>Names of default headers set somewhere in the compilation, case-insensitive.</summary>
    public ConcurrentDictionary<string, bool> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool MayAddAny => _mayAddAny != 0;

    public void See(INamedTypeSymbol type)
    {
        if (_delegatingHandler is null || type.TypeKind != TypeKind.Class)
        {
            return;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _delegatingHandler))
            {
                _mayAddAny = 1;
                return;
            }
        }
    }

    /// <summary>An invocation or assignment: a handler added to a client, or a header set on a client's default headers.</summary>
    public void See(IOperation operation, CallSymbols symbols)
    {
        if (operation is IInvocationOperation { TargetMethod.Name: "AddHttpMessageHandler" })
        {
            _mayAddAny = 1;
            return;
        }

        if (CallHeaderReader.OfHeaderSet(operation, symbols.Known) is { } header && IsOnDefaultHeaders(operation))
        {
            Defaults[header.Name] = true;
        }
    }

    private static bool IsOnDefaultHeaders(IOperation operation)
    {
        var headers = operation switch
        {
            IInvocationOperation invocation => invocation.Instance,
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => property.Instance,
            _ => null,
        };

        return headers is IPropertyReferenceOperation { Property.Name: "DefaultRequestHeaders" };
    }
}
