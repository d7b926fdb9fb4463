namespace Concord.Analyzers.Semantics;

internal enum ValueOriginKind
{
    Local,
    Parameter,
    Field,
    Property,
    ConfigurationKey,
    EnvironmentVariable,
}
