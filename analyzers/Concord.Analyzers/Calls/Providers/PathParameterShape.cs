using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Concord.Analyzers.Calls.Providers;

/// <summary>
/// What a documented path parameter accepts, as far as a literal segment of a call can be judged against it:
/// <c>/items/{id}</c> with an integer <c>id</c> is not where <c>/items/withsemanticrelevance</c> goes. The
/// provider's router binds the segment to the parameter's type and answers 404 or 400 when it does not fit, so
/// a literal segment that cannot be the parameter does not match the route.
/// </summary>
internal sealed class PathParameterShape
{
    /// <summary>A parameter that takes any text (a string, or a schema the document leaves open).</summary>
    public static readonly PathParameterShape Any = new(Kind.Any, Array.Empty<string>());

    private readonly Kind _kind;
    private readonly IReadOnlyList<string> _values;

    private PathParameterShape(Kind kind, IReadOnlyList<string> values)
    {
        _kind = kind;
        _values = values;
    }

    private enum Kind
    {
        Any,
        Integer,
        Number,
        Boolean,
        Uuid,
        Enumeration,
    }

    /// <summary>
    /// The shape a schema (OpenAPI 3.x) or a Swagger 2.0 parameter object gives: its <c>enum</c>, else its
    /// <c>type</c> and <c>format</c>. Several types (3.1's <c>["integer", "string"]</c>) accept any text.
    /// </summary>
    public static PathParameterShape Of(string? type, string? format, IReadOnlyList<string>? enumeration)
    {
        if (enumeration is { Count: > 0 })
        {
            return new PathParameterShape(Kind.Enumeration, enumeration);
        }

        return type switch
        {
            "integer" => new PathParameterShape(Kind.Integer, Array.Empty<string>()),
            "number" => new PathParameterShape(Kind.Number, Array.Empty<string>()),
            "boolean" => new PathParameterShape(Kind.Boolean, Array.Empty<string>()),
            "string" when format == "uuid" => new PathParameterShape(Kind.Uuid, Array.Empty<string>()),
            _ => Any,
        };
    }

    /// <summary>Whether a literal segment of a call can be this parameter's value.</summary>
    public bool Accepts(string literal)
    {
        var text = Uri.UnescapeDataString(literal);
        return _kind switch
        {
            Kind.Integer => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            Kind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            Kind.Boolean => bool.TryParse(text, out _),
            Kind.Uuid => Guid.TryParse(text, out _),

            // Routers and model binders compare enumeration values without case.
            Kind.Enumeration => _values.Any(value => string.Equals(value, text, StringComparison.OrdinalIgnoreCase)),
            _ => true,
        };
    }

    /// <summary>
    /// Accepts what either accepts: one path declared by several operations may type its parameter differently
    /// (or in one operation only). Two kinds (an integer in one, a uuid in another) are not judged: any text.
    /// </summary>
    public PathParameterShape Or(PathParameterShape other)
    {
        if (_kind != other._kind)
        {
            return Any;
        }

        return _kind == Kind.Enumeration ? new PathParameterShape(Kind.Enumeration, _values.Concat(other._values).ToList()) : this;
    }
}
