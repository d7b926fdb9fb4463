using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.JsonBodies;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// Finds the value a send serializes as its JSON body (<c>PostAsJsonAsync(url, body)</c>, <c>PostAsync(url, JsonContent.Create(body))</c>,
/// a request message's <c>Content</c>, <c>new StringContent(JsonSerializer.Serialize(body), …)</c>) and hands it to the one
/// body reader, <see cref="JsonBodyReader"/>, which reads its members for every rule.
/// </summary>
internal static class CallBodyReader
{
    /// <summary>The body <paramref name="invocation"/>, a send the model read, puts in its request.</summary>
    public static CallBody Of(IInvocationOperation invocation, CallSymbols symbols)
    {
        if (ValueOf(invocation, symbols) is { } body)
        {
            return JsonBodyReader.ReadBody(body, symbols.Known);
        }

        // new StringContent($"{{\"api_key\":\"{key}\"}}", …): JSON written by hand.
        return StringContentText(Content(invocation, symbols), symbols.Known) is { } text ? HandBuiltJson.Body(text) : CallBody.None;
    }

    /// <summary>A Refit method's <c>[Body]</c> parameter (or the one Refit infers on a POST, PUT or PATCH): the members its type serializes to.</summary>
    public static CallBody OfRefit(IMethodSymbol method, KnownSymbols symbols)
    {
        var body = method.Parameters.FirstOrDefault(p => p.GetAttributes().Any(a => RefitAttributes.Is(a, "BodyAttribute")))
            ?? RefitAttributes.InferredBody(method);
        return body is null
            ? CallBody.None
            : JsonBodyReader.ReadType(body.Type, body.Locations.FirstOrDefault() ?? Location.None, symbols);
    }

    /// <summary>The value a send serializes as its JSON body, or null when the code does not show one.</summary>
    public static IOperation? ValueOf(IInvocationOperation invocation, CallSymbols symbols)
    {
        return invocation.TargetMethod.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync"
            ? Argument(invocation, "value")
            : ContentValue(Content(invocation, symbols), symbols.Known);
    }

    /// <summary>The <c>HttpContent</c> a send passes: its <c>content</c> argument, or its request message's <c>Content</c>.</summary>
    private static IOperation? Content(IInvocationOperation invocation, CallSymbols symbols) => invocation.TargetMethod.Name switch
    {
        "PostAsync" or "PutAsync" or "PatchAsync" => Argument(invocation, "content"),
        "SendAsync" => RequestMessages.Of(Argument(invocation, "request"), symbols.HttpRequestMessage)?.Content,
        _ => null,
    };

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter && !a.IsImplicit)?.Value;

    /// <summary><c>JsonContent.Create(x)</c>, <c>new StringContent(JsonSerializer.Serialize(x), …)</c>, <c>JsonConvert.SerializeObject(x)</c> → x.</summary>
    private static IOperation? ContentValue(IOperation? content, KnownSymbols symbols)
    {
        switch (Made(content))
        {
            case IInvocationOperation { TargetMethod.Name: "Create" } create
                when create.Arguments.Length > 0 && SymbolEqualityComparer.Default.Equals(create.TargetMethod.ContainingType, symbols.JsonContent):
                return create.Arguments[0].Value;
            case IObjectCreationOperation text when text.Arguments.Length > 0 && SymbolEqualityComparer.Default.Equals(text.Type, symbols.StringContent):
                return SerializedValue(text.Arguments[0].Value, symbols);
            default:
                return null;
        }
    }

    /// <summary>The text of a <c>new StringContent(text, …)</c> that no serializer wrote (JSON written by hand, or not JSON at all).</summary>
    private static IOperation? StringContentText(IOperation? content, KnownSymbols symbols) =>
        Made(content) is IObjectCreationOperation creation && creation.Arguments.Length > 0
            && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.StringContent)
            && SerializedValue(creation.Arguments[0].Value, symbols) is null
            ? creation.Arguments[0].Value
            : null;

    /// <summary>Where the content was made: the expression itself, or what a local holding it was assigned once.</summary>
    private static IOperation? Made(IOperation? content)
    {
        if (content is null)
        {
            return null;
        }

        content = ValueOrigins.Unwrap(content);
        return content is ILocalReferenceOperation local && SingleAssignments.ValueOf(local) is { } assigned
            ? ValueOrigins.Unwrap(assigned)
            : content;
    }

    /// <summary>
    /// The value a JSON string was serialized from, directly or through a local: <c>JsonSerializer.Serialize(body)</c>,
    /// <c>JsonConvert.SerializeObject(body)</c>, <c>jsonObject.ToJsonString()</c>.
    /// </summary>
    public static IOperation? SerializedValue(IOperation text, KnownSymbols symbols)
    {
        text = ValueOrigins.Unwrap(text);
        if (text is ILocalReferenceOperation local && ValueOrigins.InitializerOf(local) is { } initializer)
        {
            text = ValueOrigins.Unwrap(initializer);
        }

        if (text is not IInvocationOperation { TargetMethod: var method } invocation
            || method.ReturnType.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        if ((method.Name == "Serialize" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.JsonSerializer))
            || (method.Name == "SerializeObject" && SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.NewtonsoftJsonConvert)))
        {
            return invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
        }

        // jsonObject.ToJsonString()
        return method.Name == "ToJsonString" && KnownSymbols.IsOrDerivesFrom(invocation.Instance?.Type, symbols.JsonObject)
            ? invocation.Instance
            : null;
    }
}
