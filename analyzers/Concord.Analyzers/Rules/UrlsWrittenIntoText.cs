using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// A URL the code writes into a document it composes (a streaming playlist, an HTML page) with a
/// <c>StringBuilder</c> or a <c>TextWriter</c>, and hands to no call: the code does not send it, the reader of the
/// document does (a media player fetching the playlist's entries), and that reader can only present what the URL
/// carries. Seen on real code: a media server wrote its client's own access token into the URLs of an HLS playlist.
/// The same holds for a link printed to the console or a log, put in a message's text, opened in a browser or
/// returned as an endpoint's answer (<see cref="LinkOpeners"/>).
/// </summary>
internal static class UrlsWrittenIntoText
{
    // How many locals a URL may pass through on its way into the text (url → line → builder.AppendLine(line)).
    private const int MaxLocals = 3;

    public static bool IsOnlyWrittenIntoText(IOperation url) => IsOnlyWrittenIntoText(url, MaxLocals, embedded: false, throughMessage: false);

    // 'embedded': the URL has been put inside other text on the way (a format's argument, a piece of an interpolation
    // or concatenation), so what is written is a document's line, not a URL being assembled in a builder.
    // 'throughMessage': a library's call made the text from it (a localized message); only a console or a log may
    // then be where it ends, since nothing shows that the call does no more than format.
    private static bool IsOnlyWrittenIntoText(IOperation value, int localsLeft, bool embedded, bool throughMessage)
    {
        var operation = value;
        var parent = operation.Parent;

        // Through conversions, parentheses, concatenations, interpolations and string.Format arguments: still text.
        // A conditional or a switch expression chooses among texts; an interpolation written through a handler
        // (AppendLine(provider, $"…{url}…")) puts each hole through an implicit AppendFormatted call.
        while (parent is IConversionOperation or IParenthesizedOperation or IInterpolationOperation or IInterpolatedStringOperation
            || parent is IArrayInitializerOperation || parent is IArrayCreationOperation { IsImplicit: true } // a params array
            || (parent is { IsImplicit: true } && parent is not IArgumentOperation && parent is not IInvocationOperation) // a params span
            || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }
            || parent is IConditionalOperation { Condition: var condition } && condition != operation
            || parent is ICoalesceOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation
            || parent is IInterpolatedStringHandlerCreationOperation
            || IsHandlerHole(parent)
            || parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { IsStatic: true, ReturnType.SpecialType: SpecialType.System_String, ContainingType.SpecialType: SpecialType.System_String } } }
            || IsMessageMadeFrom(parent)
            || IsTemplateFilledWith(parent)
            || IsTextEditedFrom(parent, operation))
        {
            throughMessage |= IsMessageMadeFrom(parent);
            if (parent is ISwitchExpressionArmOperation arm && arm.Value != operation)
            {
                return false; // a pattern's guard: a question about the text
            }

            embedded |= parent is IInterpolationOperation or IBinaryOperation || IsHandlerHole(parent)
                || parent is IArgumentOperation { Parameter.Name: not "format" };
            operation = IsHandlerHole(parent) ? parent!.Parent!.Parent! : parent is IArgumentOperation ? parent.Parent! : parent!;
            parent = operation.Parent;
        }

        if (parent is IArgumentOperation { Parent: IInvocationOperation printer } && IsConsoleOrLog(printer))
        {
            return true; // printed for the user or the operator: a link to open, not a request
        }

        if (!throughMessage && parent is IArgumentOperation opened && LinkOpeners.HandsToAPerson(opened))
        {
            return true; // opened in a browser, or the endpoint's answer: a link for a person, not a request
        }

        // new Notification(subject, body), Send(to, subject, message): a message's text with the link in it, for its reader.
        if (embedded && !throughMessage && parent is IArgumentOperation { Parameter: { } bodyParameter, Parent: var receiver } && IsMessageText(bodyParameter)
            && !(receiver is IObjectCreationOperation { Type: { } created } && IsException(created)))
        {
            return true;
        }

        if (parent is IArgumentOperation { Parent: IInvocationOperation writer } argument && IsTextWriter(writer.TargetMethod))
        {
            return !throughMessage && (embedded || (writer.TargetMethod.Name == "AppendFormat" && argument.Parameter?.Name != "format"));
        }

        // print(message), where print is a local lambda or local function of this method: where its parameter goes.
        if (localsLeft > 0 && parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }
            && ParameterOfLocalCode(call, parameter) is { } inner)
        {
            return EveryReadIsWrittenIntoText(inner.Body, inner.Parameter, localsLeft - 1, embedded, throughMessage);
        }

        if (localsLeft > 0 && parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return EveryUseIsWrittenIntoText(declarator, declarator.Symbol, localsLeft - 1, embedded, throughMessage);
        }

        // text = $"?access_token={token}" in a branch, the local declared empty before it: where the local is read.
        if (localsLeft > 0 && parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment && assignment.Value == operation)
        {
            return EveryUseIsWrittenIntoText(assignment, local.Local, localsLeft - 1, embedded, throughMessage);
        }

        return false;
    }

    /// <summary>
    /// A call of this method's own lambda (held in a local never reassigned) or local function: its body and the
    /// parameter the URL is given to.
    /// </summary>
    private static (IOperation Body, IParameterSymbol Parameter)? ParameterOfLocalCode(IInvocationOperation call, IParameterSymbol parameter)
    {
        var root = (IOperation)call;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        if (call.TargetMethod.MethodKind == MethodKind.LocalFunction)
        {
            foreach (var descendant in root.Descendants())
            {
                if (descendant is ILocalFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, call.TargetMethod.OriginalDefinition))
                {
                    IOperation? body = function.Body ?? function.IgnoredBody;
                    return body is not null && parameter.Ordinal < function.Symbol.Parameters.Length ? (body, function.Symbol.Parameters[parameter.Ordinal]) : null;
                }
            }

            return null;
        }

        if (call.TargetMethod.MethodKind != MethodKind.DelegateInvoke || call.Instance is not ILocalReferenceOperation { Local: var local })
        {
            return null;
        }

        IAnonymousFunctionOperation? lambda = null;
        foreach (var descendant in root.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            {
                return null; // reassigned: which lambda runs is not in sight
            }

            if (descendant is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                var initializer = declarator.Initializer?.Value;
                while (initializer is IConversionOperation or IDelegateCreationOperation)
                {
                    initializer = initializer is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)initializer).Target;
                }

                lambda = initializer as IAnonymousFunctionOperation;
            }
        }

        return lambda is not null && parameter.Ordinal < lambda.Symbol.Parameters.Length ? (lambda.Body, lambda.Symbol.Parameters[parameter.Ordinal]) : null;
    }

    private static bool EveryReadIsWrittenIntoText(IOperation body, IParameterSymbol parameter, int localsLeft, bool embedded, bool throughMessage)
    {
        var read = false;
        foreach (var descendant in body.Descendants())
        {
            if (descendant is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                read = true;
                if (!IsOnlyWrittenIntoText(reference, localsLeft, embedded, throughMessage))
                {
                    return false;
                }
            }
        }

        return read;
    }

    /// <summary>
    /// A library's call that makes a message from the URL (a localized "sign in with this link: {0}"): returns text,
    /// and its name says no more than that. A call named for a request, a download or a shortened link may send it.
    /// </summary>
    private static bool IsMessageMadeFrom(IOperation? parent)
    {
        if (parent is not IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { ReturnType.SpecialType: SpecialType.System_String } method } call }
            || call.Instance is not null || method.MethodKind != MethodKind.Ordinary || method.ContainingType?.SpecialType == SpecialType.System_String
            || (method.Locations.Length > 0 && method.Locations[0].IsInSource && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, call.SemanticModel?.Compilation.Assembly)))
        {
            return false;
        }

        foreach (var word in Credentials.IdentifierWords.Split(method.Name))
        {
            if (word is "download" or "upload" or "send" or "request" or "fetch" or "post" or "put" or "get" or "read" or "open" or "load"
                or "call" or "invoke" or "execute" or "query" or "resolve" or "shorten" or "short" or "http" or "web" or "api" or "url" or "uri")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConsole(INamedTypeSymbol type) =>
        type is { Name: "Console", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// The console (<c>Console.Error</c> too), the debug and trace listeners, and loggers: <c>Console.WriteLine</c>, <c>ILogger.LogInformation</c>,
    /// a <c>Log</c> class's <c>WriteWarningMessage</c>. What is written there is shown to a person, not requested.
    /// </summary>
    private static bool IsConsoleOrLog(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (IsConsole(type) || call.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error", ContainingType: { } console } } && IsConsole(console)
            || type is { Name: "Debug" or "Trace", ContainingNamespace: { Name: "Diagnostics", ContainingNamespace.Name: "System" } })
        {
            return method.Name.StartsWith("Write", System.StringComparison.Ordinal) || method.Name.StartsWith("Trace", System.StringComparison.Ordinal);
        }

        var typeWords = Credentials.IdentifierWords.Split(type.Name);
        if (!typeWords.Any(word => word is "log" or "logger" or "logging" or "logs"))
        {
            return false;
        }

        var verb = Credentials.IdentifierWords.Split(method.Name).FirstOrDefault();
        return verb is "log" or "write" or "info" or "information" or "warn" or "warning" or "error" or "debug" or "trace" or "fatal" or "verbose" or "critical";
    }

    // body.Replace("[URL]", url): the URL put into a template's text, which becomes that text.
    private static bool IsTemplateFilledWith(IOperation? parent) =>
        parent is IArgumentOperation { Parent: IInvocationOperation { Instance: not null, TargetMethod: { Name: "Replace", ContainingType.SpecialType: SpecialType.System_String } } };

    // body.Replace("[SiteName]", name), body.Trim(): the text, edited.
    private static bool IsTextEditedFrom(IOperation? parent, IOperation text) =>
        parent is IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String, Type.SpecialType: SpecialType.System_String } call
        && call.Instance == text;

    // An exception's message is logged with the URL in it: not a message for a person to follow.
    private static bool IsException(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    // A parameter for a message's text: body, message, text, html, htmlBody, messageText.
    private static bool IsMessageText(IParameterSymbol parameter)
    {
        var words = Credentials.IdentifierWords.Split(parameter.Name);
        return words.Count > 0 && words[words.Count - 1] is "body" or "message" or "text" or "html";
    }

    // body = body.Replace(…): the local's text edited and kept in the same local, read where the local is read.
    private static bool IsKeptInItself(ILocalReferenceOperation reference)
    {
        IOperation operation = reference;
        while (operation.Parent is IConversionOperation or IParenthesizedOperation || IsTextEditedFrom(operation.Parent, operation))
        {
            operation = operation.Parent!;
        }

        return operation.Parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
            && assignment.Value == operation && SymbolEqualityComparer.Default.Equals(target.Local, reference.Local);
    }

    // $"…{url}…" given to a handler parameter: the hole is an argument of an implicit AppendFormatted call.
    private static bool IsHandlerHole(IOperation? parent) =>
        parent is IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, Parent: IInterpolatedStringAppendOperation } };

    private static bool EveryUseIsWrittenIntoText(IOperation declarator, ILocalSymbol local, int localsLeft, bool embedded, bool throughMessage)
    {
        var body = declarator;
        while (body.Parent is not null)
        {
            body = body.Parent;
        }

        var used = false;
        foreach (var descendant in body.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                used = true;
                if ((reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference) || IsKeptInItself(reference))
                {
                    continue; // written, not read (what is written there is judged where it is built), or edited in place
                }

                if (!IsOnlyWrittenIntoText(reference, localsLeft, embedded, throughMessage))
                {
                    return false;
                }
            }
        }

        return used;
    }

    private static bool IsTextWriter(IMethodSymbol method)
    {
        if (method.Name is not ("Append" or "AppendLine" or "AppendFormat" or "Insert" or "Write" or "WriteLine" or "WriteAsync" or "WriteLineAsync"))
        {
            return false;
        }

        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type is { Name: "StringBuilder" or "TextWriter", ContainingNamespace: { Name: "Text" or "IO", ContainingNamespace.Name: "System" } })
            {
                return true;
            }
        }

        return false;
    }
}
