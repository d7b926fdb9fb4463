using Concord.OpenApi.Loading;
using Concord.OpenApi.Rules;

namespace Concord.OpenApi.Diff;

/// <summary>Where in both documents a schema comparison stands, which way data flows, and who uses it.</summary>
internal sealed record SchemaSite(ChangeDirection Direction, string Owner, string PropertyPath, string BasePointer, string RevisionPointer, Reach Reach)
{
    public string Subject => PropertyPath.Length == 0 ? Owner : $"{Owner} property '{PropertyPath}'";

    public bool IsRequest => Direction == ChangeDirection.Request;

    public SchemaSite Property(string name) => this with
    {
        PropertyPath = PropertyPath.Length == 0 ? name : PropertyPath + "." + name,
        BasePointer = JsonPointer.Append(BasePointer, "properties", name),
        RevisionPointer = JsonPointer.Append(RevisionPointer, "properties", name),
    };

    public SchemaSite Child(string suffix, params string[] tokens) => this with
    {
        PropertyPath = PropertyPath + suffix,
        BasePointer = JsonPointer.Append(BasePointer, tokens),
        RevisionPointer = JsonPointer.Append(RevisionPointer, tokens),
    };

    public SchemaSite Keyword(string keyword) => this with { Owner = Subject + " " + keyword, PropertyPath = string.Empty };

    public SchemaSite Pointers(string? baseComponent, string? revisionComponent) => this with
    {
        BasePointer = baseComponent is null ? BasePointer : ComponentPointer(baseComponent),
        RevisionPointer = revisionComponent is null ? RevisionPointer : ComponentPointer(revisionComponent),
    };

    public static string ComponentPointer(string id) => "#/components/schemas/" + JsonPointer.Escape(id);
}
