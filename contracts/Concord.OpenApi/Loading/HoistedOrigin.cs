namespace Concord.OpenApi.Loading;

/// <summary>
/// Where a schema the bundler pulled in from another file lives: that file (as messages name it), the
/// pointer inside it, and its source map. The root only holds a copy under a component name of its own.
/// </summary>
internal sealed record HoistedOrigin(string Document, string Pointer, SourceMap Map);
