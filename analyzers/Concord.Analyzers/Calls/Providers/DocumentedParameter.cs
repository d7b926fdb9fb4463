namespace Concord.Analyzers.Calls.Providers;

/// <summary>A parameter an operation of a provider's document requires: where it goes (<c>path</c>, <c>query</c>, <c>header</c>) and its name.</summary>
internal sealed class DocumentedParameter
{
    public DocumentedParameter(string place, string name)
    {
        Place = place;
        Name = name;
    }

    /// <summary>Lower case, as the document writes it: <c>path</c>, <c>query</c>, <c>header</c>.</summary>
    public string Place { get; }

    public string Name { get; }

    /// <summary>"the query parameter 'page'", "the header 'X-Tenant'", "the path parameter 'id'".</summary>
    public string Describe() => Place == "header" ? $"the header '{Name}'" : $"the {Place} parameter '{Name}'";
}
