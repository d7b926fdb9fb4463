using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.JsonBodies;

/// <summary>
/// One member of a JSON request body as the code shows it: an anonymous member, a DTO property,
/// a dictionary or <c>JsonObject</c> entry, or the whole body when it is a single value.
/// </summary>
internal sealed class JsonBodyMember
{
    public JsonBodyMember(string name, string? propertyName, IOperation? value, ITypeSymbol? declaredType, Location location, JsonBodyMemberOrigin origin = JsonBodyMemberOrigin.Written)
    {
        Origin = origin;
        Name = name;
        PropertyName = propertyName;
        Value = value;
        DeclaredType = declaredType;
        Location = location;
    }

    /// <summary>The name the member has in the JSON text; empty when the body is a single value.</summary>
    public string Name { get; }

    /// <summary>The C# property name when it differs from <see cref="Name"/> (a <c>[JsonPropertyName]</c> rename).</summary>
    public string? PropertyName { get; }

    /// <summary>The value the code assigns, when visible; null for DTO properties of a body read from a variable.</summary>
    public IOperation? Value { get; }

    /// <summary>The member's declared type, used when <see cref="Value"/> is not visible.</summary>
    public ITypeSymbol? DeclaredType { get; }

    /// <summary>Whether the code sets the member, its declaration gives it a value, or it is only a property of the body's type.</summary>
    public JsonBodyMemberOrigin Origin { get; }

    /// <summary>Where the squiggle goes: the member inside the body, or the body argument.</summary>
    public Location Location { get; }
}

/// <summary>How a member comes to be in the body.</summary>
internal enum JsonBodyMemberOrigin
{
    /// <summary>The code writes it: an initializer, a constructor argument, an entry, an assignment to the local that holds the body.</summary>
    Written,

    /// <summary>Its declaration sets it whatever the code at the call does: a <c>required</c> member or one with an initializer.</summary>
    Defaulted,

    /// <summary>A property of the body's type that the code in sight does not set (a DTO read from a variable): sent, value unknown.</summary>
    Declared,
}
