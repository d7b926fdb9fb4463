using System;
using System.Collections.Generic;
using System.Linq;
using Concord.Analyzers.Credentials;
using Concord.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// The one reader of query parameters, wherever the code puts them: the literal text and holes of a URL
/// (<see cref="QueryParameters"/> parses it), query builders (<c>QueryHelpers.AddQueryString</c>, <c>QueryString.Create</c>,
/// <c>QueryBuilder</c>, <c>AddQueryParam(…)</c>, <c>Add</c> on a query collection), <c>UriBuilder.Query</c> and
/// <c>url += "&amp;name=…"</c>. It reads a URL expression on its own (a URL returned or stored is read as well as one
/// sent) and the URL of a send, following what the send's argument was built from.
/// </summary>
internal static class CallQueryReader
{
    private const int MaxDepth = 8;

    // Words of a variable or member that holds a URL or its query, so text appended to it after its '?' is query text.
    private static readonly string[] UrlWords = { "url", "uri", "query", "querystring", "qs", "endpoint", "link", "address", "href", "request" };

    /// <summary>
    /// A URL built in one expression (interpolation, concatenation, <c>string.Format</c> or a format wrapper), read
    /// where it is written; <c>url + "&amp;apikey=" + key</c> onto a variable named for a URL counts as query text.
    /// </summary>
    public static QueryInUrl? InUrlText(IOperation operation)
    {
        if (StringSegments.Of(operation) is not { } url)
        {
            return null;
        }

        var startsInQuery = operation is IBinaryOperation && url.Segments.Count > 1 && url.Segments[0].Value is { } head && HoldsUrl(ValueOrigins.Unwrap(head))
            && url.Segments[1].Text is { } next && next.StartsWith("&", StringComparison.Ordinal);
        var parameters = QueryParameters.Of(url.Segments, startsInQuery, operation.Syntax.GetLocation()).ToList();
        parameters.AddRange(InLocalPieces(url.Segments, startsInQuery));
        return new QueryInUrl(url, parameters);
    }

    /// <summary>
    /// Query pieces kept in a local and put into the URL after its <c>?</c>:
    /// <c>keyPart = "&amp;key=" + key; … $"https://host/get?langpair={pair}{keyPart}&amp;q={q}"</c>. Each value the local
    /// is given that starts with <c>&amp;</c> is read as query text. A piece that starts with <c>?</c> is a URL's query
    /// of its own and is read where it is written; a local put into the path (before the <c>?</c>) is not query text.
    /// </summary>
    private static IEnumerable<QueryParameter> InLocalPieces(IReadOnlyList<StringSegment> url, bool startsInQuery)
    {
        var inQuery = startsInQuery;
        foreach (var segment in url)
        {
            if (segment.Text is { } text)
            {
                var question = text.LastIndexOf('?');
                var fragment = text.LastIndexOf('#');
                if (question > fragment)
                {
                    inQuery = true;
                }
                else if (fragment > question)
                {
                    inQuery = false;
                }

                continue;
            }

            if (!inQuery || segment.Value is null || ValueOrigins.Unwrap(segment.Value) is not ILocalReferenceOperation local
                || local.Type?.SpecialType != SpecialType.System_String)
            {
                continue;
            }

            foreach (var value in LocalValues.Of(local))
            {
                if (StringSegments.Of(value) is { } piece && piece.Segments.Count > 0
                    && piece.Segments[0].Text is { } first && first.StartsWith("&", StringComparison.Ordinal))
                {
                    foreach (var parameter in QueryParameters.Of(piece.Segments, startsInQuery: true, value.Syntax.GetLocation()))
                    {
                        yield return parameter;
                    }
                }
            }
        }
    }

    /// <summary><c>builder.Query = "api_key=" + key</c>, and <c>url += "&amp;apikey=" + key</c> onto a URL that has its <c>?</c> already.</summary>
    public static QueryInUrl? InAssignment(IAssignmentOperation assignment)
    {
        bool startsInQuery;
        if (IsUriBuilderQuery(assignment))
        {
            startsInQuery = true;
        }
        else if (assignment is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound
            && compound.Target.Type?.SpecialType == SpecialType.System_String
            && HoldsUrl(compound.Target))
        {
            startsInQuery = StartsWithAmpersand(assignment.Value);
            if (!startsInQuery)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        return StringSegments.Of(assignment.Value) is { } query
            ? new QueryInUrl(query, QueryParameters.Of(query.Segments, startsInQuery, assignment.Value.Syntax.GetLocation()).ToList())
            : null;
    }

    /// <summary>True for <c>builder.Query = …</c> on a <c>UriBuilder</c>.</summary>
    public static bool IsUriBuilderQuery(IOperation operation) =>
        operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Query", ContainingType.Name: "UriBuilder" } } };

    /// <summary>
    /// Query builders: <c>QueryHelpers.AddQueryString(url, "api_key", key)</c> (and its dictionary overload),
    /// <c>QueryString.Create</c>/<c>Add</c>, <c>QueryBuilder.Add</c>, builder methods named for the query
    /// (<c>AddQueryParam("apikey", key)</c>), and <c>Add("api_token", key)</c> on a query collection
    /// (a <c>NameValueCollection</c>, or a collection whose variable is named for the query). A constant name and
    /// its string value give one parameter, located on the call; a dictionary handed to a query method gives one
    /// per entry, each located on its entry. Empty for any other invocation.
    /// </summary>
    public static IReadOnlyList<QueryParameter> OfBuilder(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        var isQueryMethod = name.IndexOf("Query", StringComparison.Ordinal) >= 0;
        if (!isQueryMethod && name != "Add" && name != "Create")
        {
            return Array.Empty<QueryParameter>();
        }

        if (!isQueryMethod && !(method.ContainingType?.Name is "QueryString" or "QueryBuilder" || IsQueryCollection(invocation)))
        {
            return Array.Empty<QueryParameter>();
        }

        // A constant name followed by its value: (name, value) or (url, name, value).
        var arguments = invocation.Arguments;
        for (var i = 0; i + 1 < arguments.Length; i++)
        {
            if (arguments[i].Value.ConstantValue is { HasValue: true, Value: string parameterName }
                && arguments[i].Value.Type?.SpecialType == SpecialType.System_String
                && IsParameterName(parameterName)
                && Unboxed(arguments[i + 1].Value).Type?.SpecialType == SpecialType.System_String)
            {
                // A name/value collection that holds the request's headers is not a query.
                if (!isQueryMethod && HeaderCollections.IsHeaderEntry(HeaderCollections.HolderOf(invocation), parameterName))
                {
                    return Array.Empty<QueryParameter>();
                }

                var value = Unboxed(arguments[i + 1].Value);
                var literal = value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
                return new[] { new QueryParameter(parameterName, literal, literal is null ? value : null, invocation.Syntax.GetLocation()) };
            }
        }

        // QueryHelpers.AddQueryString(url, new Dictionary<string, string?> { ["api_key"] = key })
        var entries = new List<QueryParameter>();
        if (isQueryMethod)
        {
            foreach (var argument in arguments)
            {
                if (ValueOrigins.Unwrap(argument.Value) is IObjectCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.Initializers)
                    {
                        if (QueryEntry(element) is { } entry)
                        {
                            entries.Add(entry);
                        }
                    }
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// The URL a query builder method adds to: what <see cref="Added"/> knows, else the builder it is called on
    /// (<c>url.AddParameterToQuery("oauth_token", token)</c>, an extension's <c>this</c> or an instance), else the URL
    /// passed before the parameter's name (<c>AddQueryParam(url, "apikey", key)</c>). Null for a collection built alone.
    /// </summary>
    public static IOperation? BuilderUrl(IInvocationOperation invocation)
    {
        if (Added(invocation) is { } added)
        {
            return added.Url;
        }

        var builder = invocation.Instance is { } instance
            ? (IsQueryCollection(invocation) ? null : instance)
            : invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is { ConstantValue.HasValue: false } first && IsUrlHolder(first.Type)
                ? first
                : null;

        // var url = new StringBuilder(baseUrl): the builder holds that URL's text so far.
        return builder is ILocalReferenceOperation local
            && SingleAssignments.ValueOf(local) is IObjectCreationOperation { Arguments.Length: 1 } made
            && made.Type is INamedTypeSymbol { Name: "StringBuilder" or "UriBuilder" }
            && made.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
            ? made.Arguments[0].Value
            : builder;
    }

    private static bool IsUrlHolder(ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_String
        || type is INamedTypeSymbol { Name: "StringBuilder" or "Uri" or "UriBuilder" };

    /// <summary>
    /// What <c>QueryHelpers.AddQueryString(url, …)</c> or <c>QueryString.Create(…)</c> adds, for a URL that is sent;
    /// null for any other invocation.
    /// </summary>
    public static AddedQuery? Added(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var isAddQueryString = method.Name == "AddQueryString" && method.ContainingType?.Name == "QueryHelpers";
        var isQueryString = method.Name is "Create" or "Add" && method.ContainingType?.Name == "QueryString";
        if (!isAddQueryString && !isQueryString)
        {
            return null;
        }

        var url = isAddQueryString ? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : null;
        var added = OfBuilder(invocation);

        // Every entry must be a constant name: a dictionary passed in, or one with a computed key, may hold any name.
        var entries = invocation.Arguments
            .Where(a => a.Value.Type?.SpecialType != SpecialType.System_String)
            .Select(a => ValueOrigins.Unwrap(a.Value))
            .ToList();
        var showsEveryName = added.Count > 0 && entries.All(e =>
            e is IObjectCreationOperation { Initializer: { } initializer } && initializer.Initializers.All(element => QueryEntry(element) is not null));
        return new AddedQuery(url, added, showsEveryName);
    }

    /// <summary>
    /// The query of a URL that a call sends, following what the argument was built from: constants, <c>static readonly</c>
    /// literals, locals assigned once, interpolations, concatenation, <c>string.Format</c>, <c>new Uri(…)</c>, a helper of the
    /// compilation that returns it, and query builders.
    /// </summary>
    public static CallQuery OfUrl(IOperation? url, CallSymbols symbols)
    {
        if (url is null)
        {
            return CallQuery.Unknown;
        }

        var segments = new List<StringSegment>();
        var showsEveryName = true;
        Flatten(url, segments, symbols, ref showsEveryName, depth: 0);
        var parameters = QueryParameters.Of(segments, startsInQuery: false, url.Syntax.GetLocation()).ToList();
        return new CallQuery(parameters, showsEveryName && QueryParameters.ShowsEveryName(segments));
    }

    /// <summary>
    /// A string passed to an <c>object</c> parameter (<c>AddQueryParam(string name, object value)</c>, a builder that
    /// formats any value) is still the string: the implicit conversion is looked through.
    /// </summary>
    private static IOperation Unboxed(IOperation value) =>
        value is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } conversion ? conversion.Operand : value;

    /// <summary>The query written in a route template (a Refit attribute's <c>/search?kind=all</c>); its holes are values, never names.</summary>
    public static CallQuery OfRoute(string? route, Location location)
    {
        if (route is null || route.IndexOf('?') < 0)
        {
            return new CallQuery(Array.Empty<QueryParameter>(), showsEveryName: true);
        }

        var parameters = QueryParameters.Of(new[] { StringSegment.Literal(route) }, startsInQuery: false, location).ToList();
        return new CallQuery(parameters, showsEveryName: true);
    }

    private static void Flatten(IOperation operation, List<StringSegment> segments, CallSymbols symbols, ref bool showsEveryName, int depth)
    {
        operation = ValueOrigins.Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            segments.Add(StringSegment.Literal(Convert.ToString(constant, System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        if (depth > MaxDepth)
        {
            segments.Add(StringSegment.Hole(operation));
            return;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation literal && literal.Text.ConstantValue.Value is string text)
                    {
                        segments.Add(StringSegment.Literal(text));
                    }
                    else if (part is IInterpolationOperation hole)
                    {
                        Flatten(hole.Expression, segments, symbols, ref showsEveryName, depth + 1);
                    }
                }

                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Flatten(binary.LeftOperand, segments, symbols, ref showsEveryName, depth + 1);
                Flatten(binary.RightOperand, segments, symbols, ref showsEveryName, depth + 1);
                return;

            case IInvocationOperation format when (format.TargetMethod.Name is "Format" or "Concat" && format.TargetMethod.ContainingType.SpecialType == SpecialType.System_String
                    || StringSegments.IsFormatWrapper(format.TargetMethod))
                && StringSegments.Of(format) is { } formatted:
                foreach (var segment in formatted.Segments)
                {
                    if (segment.Value is { } value)
                    {
                        Flatten(value, segments, symbols, ref showsEveryName, depth + 1);
                    }
                    else
                    {
                        segments.Add(segment);
                    }
                }

                return;

            case IInvocationOperation builder when Added(builder) is { } added:
                if (added.Url is { } inner)
                {
                    Flatten(inner, segments, symbols, ref showsEveryName, depth + 1);
                }

                showsEveryName &= added.ShowsEveryName;
                foreach (var parameter in added.Parameters)
                {
                    var hasQuestion = segments.Any(s => s.Text?.IndexOf('?') >= 0);
                    segments.Add(StringSegment.Literal((hasQuestion ? "&" : "?") + parameter.Name + "=" + parameter.LiteralValue));
                    if (parameter.Value is { } value)
                    {
                        segments.Add(StringSegment.Hole(value));
                    }
                }

                return;

            case IObjectCreationOperation creation when symbols.IsUri(creation.Type)
                && creation.Arguments.LastOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String)?.Value is { } uriText:
                Flatten(uriText, segments, symbols, ref showsEveryName, depth + 1);
                return;

            case ILocalReferenceOperation local when SingleAssignments.ValueOf(local) is { } assigned:
                Flatten(assigned, segments, symbols, ref showsEveryName, depth + 1);
                return;

            case IInvocationOperation helper when helper.Type?.SpecialType == SpecialType.System_String
                && SourceMethods.ReturnedValue(helper) is { } returned:
                Flatten(returned, segments, symbols, ref showsEveryName, depth + 2);
                return;

            case IFieldReferenceOperation { Field.IsReadOnly: true } field when UrlTemplates.ReadOnlyLiteral(field.Field) is { } fieldText:
                segments.Add(StringSegment.Literal(fieldText));
                return;

            default:
                segments.Add(StringSegment.Hole(operation));
                return;
        }
    }

    private static QueryParameter? QueryEntry(IOperation element)
    {
        switch (element)
        {
            case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                return Entry(key, add.Arguments[1].Value, element);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
                when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                return Entry(key, assignment.Value, element);
            default:
                return null;
        }

        static QueryParameter Entry(string key, IOperation value, IOperation element) =>
            value.ConstantValue is { HasValue: true, Value: string text }
                ? new QueryParameter(key, text, null, element.Syntax.GetLocation())
                : new QueryParameter(key, null, value, element.Syntax.GetLocation());
    }

    /// <summary><c>Add</c> on a <c>NameValueCollection</c>, or on a collection held in a variable named for the query (<c>queryParams</c>, <c>qs</c>).</summary>
    private static bool IsQueryCollection(IInvocationOperation add)
    {
        if (add.Arguments.Length != 2)
        {
            return false;
        }

        var receiver = add.Instance;
        ITypeSymbol? type = receiver?.Type;
        string? holder;
        if (receiver is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            // A collection initializer: the collection being created, and what it is stored in.
            var creation = add.Parent?.Parent as IObjectCreationOperation;
            type = creation?.Type;
            holder = HolderName(creation);
        }
        else
        {
            holder = receiver switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
        }

        if (type is { Name: "NameValueCollection" })
        {
            return true;
        }

        // Every word below starts with a q: a holder without one (most of a program's Add calls) is left before it is split.
        return holder is not null && holder.IndexOf("q", StringComparison.OrdinalIgnoreCase) >= 0
            && IdentifierWords.Split(holder).Any(word => word is "query" or "querystring" or "qs" or "qc" or "querycollection");
    }

    private static string? HolderName(IOperation? creation)
    {
        var parent = creation?.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local.Name,
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } => member.Member.Name,
            IFieldInitializerOperation field => field.InitializedFields.FirstOrDefault()?.Name,
            IPropertyInitializerOperation property => property.InitializedProperties.FirstOrDefault()?.Name,
            _ => null,
        };
    }

    private static bool StartsWithAmpersand(IOperation value)
    {
        var segments = StringSegments.Of(value);
        return segments is { Segments.Count: > 0 } && segments.Segments[0].Text is { } first && first.StartsWith("&", StringComparison.Ordinal);
    }

    /// <summary>A variable, member or parameter named for a URL or its query (<c>requestUrl</c>, <c>qs</c>).</summary>
    public static bool HoldsUrl(IOperation target)
    {
        var name = target switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IMemberReferenceOperation member => member.Member.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };

        return name is not null && IdentifierWords.Split(name).Any(word => Array.IndexOf(UrlWords, word) >= 0);
    }

    private static bool IsParameterName(string text)
    {
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
