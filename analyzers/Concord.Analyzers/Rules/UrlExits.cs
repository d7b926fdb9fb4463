using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Where a URL goes after the code builds it. Most URLs are handed on in their own method (to a send, a library's
/// wrapper, a library's request object): CORD003 treats those as sent, as it always has. A URL passed to a method or
/// constructor of the compilation is sent when that method's parameter is (the parameter is a sink, judged where the
/// method reads it), and one stored in a member of the compilation's own type when a send reads that member. A URL that leaves its
/// method only by <c>return</c> or by being stored in a property or field is a link the code may make for someone
/// else (an image URL for another assembly's fetcher, a deletion link shown to the user, a browser login link), so
/// whether it is sent is decided where it is read: <see cref="Sinks"/> names the method, property or field it goes
/// to, and <see cref="RequestedUrls"/> says at the end of the compilation whether a send reads one of them.
/// </summary>
internal sealed partial class UrlExits
{
    // How many locals a URL may pass through on its way out (url → full → return full).
    private const int MaxLocals = 3;

    private UrlExits(bool isHandedOn, IReadOnlyList<ISymbol> sinks)
    {
        IsHandedOn = isHandedOn;
        Sinks = sinks;
    }

    /// <summary>The URL is passed to a call or an object in its own method: treated as sent.</summary>
    public bool IsHandedOn { get; }

    /// <summary>When not handed on: the methods it is returned from and the properties, fields (and parameters of helpers) it is stored in.</summary>
    public IReadOnlyList<ISymbol> Sinks { get; }

    private static readonly UrlExits HandedOn = new(true, System.Array.Empty<ISymbol>());

    public static UrlExits Of(IOperation url, ISymbol? containingSymbol)
    {
        // Only a URL (a string or a Uri) can be a link for someone else; a request builder or query object returned
        // is one the caller goes on to send.
        if (!IsStringOrUri(url.Type))
        {
            return HandedOn;
        }

        var sinks = new List<ISymbol>();
        return Follow(url, containingSymbol, sinks, MaxLocals) ? HandedOn : new UrlExits(false, sinks);
    }

    /// <summary><c>url += "&amp;apikey=" + key</c>: where the variable goes; <c>builder.Query = …</c> is building a request's URL.</summary>
    public static UrlExits OfAssignment(IAssignmentOperation assignment, ISymbol? containingSymbol)
    {
        if (assignment is not ICompoundAssignmentOperation)
        {
            return HandedOn;
        }

        var sinks = new List<ISymbol>();
        return Stored(assignment.Target, containingSymbol, sinks, MaxLocals) ? HandedOn : new UrlExits(false, sinks);
    }

    // True when the value is handed on; otherwise its sinks are added to 'sinks'.
    private static bool Follow(IOperation value, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft)
    {
        var operation = value;
        while (true)
        {
            var parent = operation.Parent;
            switch (parent)
            {
                // Still the URL: converted, parenthesised, made part of a longer URL, chosen by a conditional.
                case IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }:
                case IConditionalOperation conditional when conditional.Condition != operation:
                case ICoalesceOperation:
                    operation = parent;
                    continue;

                // new Uri(url), new Uri(baseUri, url): the same URL as a Uri.
                case IArgumentOperation { Parent: IObjectCreationOperation { Type.Name: "Uri" } creation }:
                    operation = creation;
                    continue;

                case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                    if (IsQuestionAbout(invocation))
                    {
                        return false; // string.IsNullOrEmpty(url), Uri.IsWellFormedUriString(url): nothing leaves
                    }

                    // A method of the compilation with a body of its own (CreateLink(rel, url), Send(url)): it sends
                    // the URL only if its parameter reaches a send, which the end of the compilation decides (the
                    // parameter is a sink). Its result, when text or a Uri, may be the URL again: followed too.
                    if (argument.Parameter is { } parameter && OwnCode.HasOwnBody(invocation.TargetMethod, containingSymbol))
                    {
                        sinks.Add(RequestedUrls.Declared(parameter, invocation.TargetMethod));
                        if (!IsStringOrUri(invocation.Type))
                        {
                            return false;
                        }

                        operation = invocation;
                        continue;
                    }

                    if (!IsUrlTransform(invocation))
                    {
                        return true; // a send, a library's wrapper that may send, a delegate: as before
                    }

                    // CombineURL(url, "x"), WebUtility.HtmlEncode(url): the result is the URL.
                    operation = invocation;
                    continue;

                // new FeedLink(rel, url) of the compilation: its constructor's parameter decides, as a method's does.
                case IArgumentOperation { Parameter: { } constructorParameter, Parent: IObjectCreationOperation { Constructor: { } constructor } }
                    when OwnCode.HasOwnBody(constructor, containingSymbol):
                    sinks.Add(RequestedUrls.Declared(constructorParameter, constructor));
                    return false;

                // new StringContent(text, …): the text is a request's body (a form posted), not its URL.
                case IArgumentOperation { Parent: IObjectCreationOperation { Type: { } created } } when IsHttpContent(created):
                    return false;

                // url.Replace(…), uri.ToString(): still the URL. url.Contains("?"), url.Length: a question, nothing leaves.
                case IInvocationOperation call when call.Instance == operation:
                    if (!IsStringOrUri(call.Type))
                    {
                        return false;
                    }

                    if (!IsStringOrUri(call.TargetMethod.ContainingType))
                    {
                        return true;
                    }

                    operation = call;
                    continue;
                case IPropertyReferenceOperation property when property.Instance == operation:
                    if (!IsStringOrUri(property.Type))
                    {
                        return false;
                    }

                    operation = property; // uri.AbsoluteUri
                    continue;
                case IBinaryOperation or IIsPatternOperation or IIsTypeOperation:
                    return false; // url == other, url is null: a question

                case IReturnOperation { Kind: OperationKind.Return } returned:
                    if (ReturningMethod(returned, containingSymbol) is not { } method)
                    {
                        return true; // from a lambda: where the delegate goes is not followed
                    }

                    sinks.Add(SymbolsRead.Normalize(method));
                    return false;

                case ISimpleAssignmentOperation assignment when assignment.Value == operation:
                    return Stored(assignment.Target, containingSymbol, sinks, localsLeft);
                case ICompoundAssignmentOperation compound when compound.Value == operation:
                    return Stored(compound.Target, containingSymbol, sinks, localsLeft);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return localsLeft <= 0 || EveryUse(declarator, declarator.Symbol, containingSymbol, sinks, localsLeft - 1);

                case IFieldInitializerOperation fieldInitializer:
                    foreach (var field in fieldInitializer.InitializedFields)
                    {
                        sinks.Add(SymbolsRead.Normalize(field));
                    }

                    return false;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (var initialized in propertyInitializer.InitializedProperties)
                    {
                        sinks.Add(SymbolsRead.Normalize(initialized));
                    }

                    return false;

                // A call that does not bind (a type or package the compilation cannot see): nothing says it sends.
                // Seen in a scan of a code base without its packages: a playlist's AppendFormat whose other
                // arguments were of an unresolved type read as a request.
                case IInvalidOperation:
                    return false;

                default:
                    return true;
            }
        }
    }

    // url = …, this.Url = …, result.DeletionUrl = …, url += "&key=" + key.
    private static bool Stored(IOperation target, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                return localsLeft <= 0 || EveryUse(local, local.Local, containingSymbol, sinks, localsLeft - 1);
            // builder.Query = query.ToString(): the URL is now the builder's; where its text goes decides.
            case IPropertyReferenceOperation { Property.IsIndexer: false } part when IsUrlBuilder(part.Property.ContainingType):
                return StoredInBuilder(part, containingSymbol, sinks, localsLeft);
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when !IsRequestMember(property.Property):
                // A member of the compilation's own type (a view model's ServiceLink, a feed link's Href): sent only
                // if a send reads it, wherever the object goes. A library's type may be read by the library it goes to.
                if (!OwnCode.IsOwnMember(property.Property, containingSymbol) && IsHandedOnObject(property.Instance))
                {
                    return true;
                }

                sinks.Add(SymbolsRead.Normalize(property.Property));
                return false;
            case IFieldReferenceOperation field:
                if (!OwnCode.IsOwnMember(field.Field, containingSymbol) && IsHandedOnObject(field.Instance))
                {
                    return true;
                }

                sinks.Add(SymbolsRead.Normalize(field.Field));
                return false;
            default:
                return true; // an indexer, a request's RequestUri, an out parameter: handed on
        }
    }

    /// <summary>
    /// The object a URL is stored in is itself handed to a call in this method: <c>request.FullUri = …</c> and then
    /// <c>Api.Request(request)</c>, <c>Send(new Request { Url = … })</c>. The request goes out with the URL in it.
    /// </summary>
    private static bool IsHandedOnObject(IOperation? instance)
    {
        switch (instance)
        {
            case ILocalReferenceOperation local:
                return IsLocalHandedOn(local, local.Local);
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IObjectCreationOperation or IAnonymousObjectCreationOperation)
                    {
                        return IsObjectHandedOn(parent);
                    }
                }

                return false;
            default:
                return false; // this, a parameter's object, a static member: the sinks decide
        }
    }

    private static bool IsObjectHandedOn(IOperation created)
    {
        var parent = created.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation => true,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => IsLocalHandedOn(declarator, declarator.Symbol),
            _ => false,
        };
    }

    private static bool IsLocalHandedOn(IOperation anyInBody, ILocalSymbol local)
    {
        var body = anyInBody;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var descendant in body.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && IsObjectHandedOn(reference))
            {
                return true;
            }
        }

        return false;
    }

    // Every place the local is read: handed on if any is.
    private static bool EveryUse(IOperation anyInBody, ILocalSymbol local, ISymbol? containingSymbol, List<ISymbol> sinks, int localsLeft)
    {
        var body = anyInBody;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        foreach (var descendant in body.Descendants())
        {
            if (descendant is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            {
                continue; // written, not read: what is written is followed where it is built
            }

            if (Follow(reference, containingSymbol, sinks, localsLeft))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method a <c>return</c> leaves: the containing member, or a local function; null inside a lambda.</summary>
    private static IMethodSymbol? ReturningMethod(IReturnOperation returned, ISymbol? containingSymbol)
    {
        for (var parent = returned.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation:
                    return null;
                case ILocalFunctionOperation localFunction:
                    return localFunction.Symbol;
            }
        }

        return containingSymbol as IMethodSymbol;
    }

    private static bool IsHttpContent(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "HttpContent", ContainingNamespace: { Name: "Http", ContainingNamespace.Name: "Net" } })
            {
                return true;
            }
        }

        return false;
    }

    // HttpRequestMessage.RequestUri and the like: storing the URL there is building the request.
    private static bool IsRequestMember(IPropertySymbol property) =>
        property.Name is "RequestUri" || property.ContainingType?.Name is "HttpRequestMessage" or "HttpClient" or "WebClient";

    /// <summary>A call whose result is the URL (or text made from it) rather than a request: string and URL helpers.</summary>
    private static bool IsUrlTransform(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (!IsStringOrUri(method.ReturnType))
        {
            return false;
        }

        if (IsStringOrUri(method.ContainingType) || method.ContainingType?.Name is "Path" or "WebUtility" or "HttpUtility" or "QueryHelpers")
        {
            return true;
        }

        // A helper that returns a URL made from this one: CombineURL, AddQueryString, AppendPath, BuildUri, EscapeUrl.
        // A call that returns text but may send (DownloadString(url), a source helper returning a response) is not one.
        var words = IdentifierWords.Split(method.Name);
        if (words.Contains("download") || words.Contains("upload") || words.Contains("send") || words.Contains("request") || words.Contains("fetch") || words.Contains("post"))
        {
            return false;
        }

        return words.Contains("url") || words.Contains("uri") || words.Contains("combine") || words.Contains("join")
            || words.Contains("query") || words.Contains("escape") || words.Contains("encode") || words.Contains("format");
    }

    // string.IsNullOrEmpty(url), Uri.TryCreate(url, …), Uri.IsWellFormedUriString(url, …): asks about the URL.
    private static bool IsQuestionAbout(IInvocationOperation invocation) =>
        invocation.TargetMethod.ReturnType.SpecialType == SpecialType.System_Boolean && IsStringOrUri(invocation.TargetMethod.ContainingType);

    private static bool IsStringOrUri(ITypeSymbol? type) =>
        type is { SpecialType: SpecialType.System_String } || type is { Name: "Uri", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
