using System.Linq;
using Concord.Analyzers.Credentials;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Rules;

/// <summary>
/// Calls that hand a URL to a person instead of requesting it: open it in a browser (<c>window.open</c> through JS
/// interop, Blazor's <c>NavigateTo</c>, <c>Process.Start</c>, MAUI's <c>Browser</c> and <c>Launcher</c>, or the app's
/// own helper named for it, <c>OpenWindow</c>, <c>OpenInBrowser</c>), or give it back as an endpoint's response
/// (<c>Ok(url)</c>) for the caller to open. The browser can only present what the URL carries: a request header is no
/// place it could go. Seen on real code: a remote-support server opened its viewer with the session's access key in
/// the link, and returned the same link from its API.
/// </summary>
internal static class LinkOpeners
{
    public static bool HandsToAPerson(IArgumentOperation argument) => argument.Parent switch
    {
        IInvocationOperation call => OpensInABrowser(call, argument) || IsEndpointResponse(call.TargetMethod, argument),
        IObjectCreationOperation { Constructor.ContainingType: { } created } => IsType(created, "ProcessStartInfo", "System", "Diagnostics") && argument.Parameter?.Name == "fileName",
        _ => false,
    };

    private static bool OpensInABrowser(IInvocationOperation call, IArgumentOperation argument)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if ((IsType(type, "NavigationManager", "Microsoft", "AspNetCore", "Components") && method.Name == "NavigateTo")
            || (IsType(type, "Process", "System", "Diagnostics") && method.Name == "Start" && argument.Parameter?.Name == "fileName")
            || (type.Name is "Browser" or "IBrowser" or "Launcher" or "ILauncher" && method.Name is "OpenAsync" or "TryOpenAsync" or "LaunchUriAsync"))
        {
            return true;
        }

        // jsRuntime.InvokeVoidAsync("open", url, "_blank"): the browser's window.open.
        if (type.ContainingNamespace is { Name: "JSInterop", ContainingNamespace.Name: "Microsoft" } && method.Name.StartsWith("Invoke", System.StringComparison.Ordinal))
        {
            var identifier = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "identifier");
            return identifier is not null && identifier != argument && identifier.Value.ConstantValue.Value is "open" or "window.open";
        }

        return IsOwnOpener(method);
    }

    // The app's own helper: OpenWindow(url, target), OpenInBrowser(url), NavigateToUrl(url), LaunchBrowser(url). Named
    // for opening a window or a browser, and returning nothing a fetch would (no text, stream or response).
    private static bool IsOwnOpener(IMethodSymbol method)
    {
        var words = IdentifierWords.Split(method.Name);
        if (words.Count == 0 || !IsNothingFetched(method.ReturnType))
        {
            return false;
        }

        return words[0] switch
        {
            "navigate" => true,
            "open" or "launch" or "show" => words.Skip(1).Any(word => word is "window" or "browser" or "tab" or "link" or "url" or "uri" or "page" or "website"),
            _ => false,
        };
    }

    private static bool IsNothingFetched(ITypeSymbol type) =>
        type.SpecialType is SpecialType.System_Void or SpecialType.System_Boolean
        || (type is INamedTypeSymbol { Name: "Task" or "ValueTask" } task
            && (task.TypeArguments.Length == 0 || task.TypeArguments[0].SpecialType == SpecialType.System_Boolean));

    // return Ok(url) in a controller, Results.Ok(url), TypedResults.Ok(url): the endpoint answers with the link.
    private static bool IsEndpointResponse(IMethodSymbol method, IArgumentOperation argument)
    {
        if (method.Name is not ("Ok" or "Content" or "Json") || argument.Parameter?.Name is not ("value" or "content" or "data"))
        {
            return false;
        }

        var type = method.ContainingType;
        return IsType(type, "ControllerBase", "Microsoft", "AspNetCore", "Mvc")
            || IsType(type, "Controller", "Microsoft", "AspNetCore", "Mvc")
            || IsType(type, "Results", "Microsoft", "AspNetCore", "Http")
            || IsType(type, "TypedResults", "Microsoft", "AspNetCore", "Http");
    }

    private static bool IsType(INamedTypeSymbol? type, string name, params string[] namespaces)
    {
        if (type?.Name != name)
        {
            return false;
        }

        var current = type.ContainingNamespace;
        for (var i = namespaces.Length - 1; i >= 0; i--)
        {
            if (current?.Name != namespaces[i])
            {
                return false;
            }

            current = current.ContainingNamespace;
        }

        return current is { IsGlobalNamespace: true };
    }
}
