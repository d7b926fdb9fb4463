using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Semantics;

/// <summary>
/// The places a compilation reads a method, property, field or parameter, as operations: <c>BuildUrl(id)</c>,
/// <c>settings.Feed</c>, <c>url</c>. Found by name, not by walking every operation of the compilation: a file is read
/// only when its text holds the name, a place is bound only when its name matches, and each name is looked up once.
/// For the few symbols a rule needs at the end of a compilation, this costs a small part of what recording every
/// operation as it is analysed would.
/// </summary>
internal sealed class SymbolReferences
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentDictionary<string, IReadOnlyList<SimpleNameSyntax>> _byName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ISymbol, IReadOnlyList<IOperation>> _bySymbol = new(SymbolEqualityComparer.Default);
    private string[]? _texts;

    public SymbolReferences(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Every operation that reads <paramref name="symbol"/> (as <see cref="SymbolsRead.Normalize"/> names it): a
    /// parameter within its method, anything else in the whole compilation.
    /// </summary>
    public IReadOnlyList<IOperation> Of(ISymbol symbol) => _bySymbol.GetOrAdd(symbol, Find);

    // A parameter is asked about twice (what its method hands on, and whether a send reads it): bound once.
    private IReadOnlyList<IOperation> Find(ISymbol symbol) => References(symbol).ToList();

    private IEnumerable<IOperation> References(ISymbol symbol)
    {
        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor ? constructor.ContainingType.Name : symbol.Name;
        var names = symbol is IParameterSymbol parameter ? InDeclarationOf(parameter) : Named(name);
        foreach (var found in names)
        {
            if (OperationAt(found) is { } operation && IsReferenceTo(operation, symbol))
            {
                yield return operation;
            }
        }
    }

    private static bool IsReferenceTo(IOperation operation, ISymbol symbol)
    {
        ISymbol? referenced = operation switch
        {
            IInvocationOperation invocation => SymbolsRead.Normalize(invocation.TargetMethod),
            IObjectCreationOperation { Constructor: { } constructor } => constructor.OriginalDefinition,
            IPropertyReferenceOperation property => SymbolsRead.Normalize(property.Property),
            IFieldReferenceOperation field => SymbolsRead.Normalize(field.Field),
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return SymbolEqualityComparer.Default.Equals(referenced, symbol);
    }

    // The operation a name stands in: settings.Feed for Feed, BuildUrl(id) for BuildUrl, new Link(…) for Link.
    private IOperation? OperationAt(SimpleNameSyntax name)
    {
        SyntaxNode node = name;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }
        else if (node.Parent is MemberBindingExpressionSyntax binding && binding.Name == node)
        {
            node = binding;
        }

        if (node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node)
        {
            node = invocation;
        }
        else if (node.Parent is ObjectCreationExpressionSyntax creation && creation.Type == node)
        {
            node = creation;
        }

        return _compilation.GetSemanticModel(name.SyntaxTree).GetOperation(node, _cancellationToken);
    }

    // A parameter is read only in its method (a primary constructor's: the whole type).
    private IEnumerable<SimpleNameSyntax> InDeclarationOf(IParameterSymbol parameter)
    {
        foreach (var declaration in parameter.ContainingSymbol.DeclaringSyntaxReferences)
        {
            var syntax = declaration.GetSyntax(_cancellationToken);
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            foreach (var node in syntax.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == parameter.Name)
                {
                    yield return identifier;
                }
            }
        }
    }

    private IReadOnlyList<SimpleNameSyntax> Named(string name) => _byName.GetOrAdd(name, FindNamed);

    private IReadOnlyList<SimpleNameSyntax> FindNamed(string name)
    {
        var texts = _texts ??= ReadTexts();
        var found = new List<SimpleNameSyntax>();
        var index = 0;
        foreach (var tree in _compilation.SyntaxTrees)
        {
            // The text test first: most files never mention the name, and a file's syntax is walked only when one does.
            if (texts[index++].IndexOf(name, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            foreach (var node in tree.GetRoot(_cancellationToken).DescendantNodes())
            {
                if (node is SimpleNameSyntax simple && simple.Identifier.ValueText == name)
                {
                    found.Add(simple);
                }
            }
        }

        return found;
    }

    private string[] ReadTexts()
    {
        var texts = new List<string>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            texts.Add(tree.GetText(_cancellationToken).ToString());
        }

        return texts.ToArray();
    }
}
