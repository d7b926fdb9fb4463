using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Concord.Analyzers.Calls;

/// <summary>
/// YARP's direct forwarding, as Aspire front ends write it:
/// <c>app.MapForwarder("/catalog/images/{id}", "https+http://catalogservice", "/api/v1/catalog/items/{id}/image")</c>
/// sends every request on the pattern to the destination's target path. That is a call of the destination with
/// whatever method the request had, so the method is left unknown. Without a target template the request's own
/// path is forwarded.
/// </summary>
internal static class ForwarderCallReader
{
    /// <summary>Cheap first test, before any symbol is looked at.</summary>
    public static bool IsCandidateName(string name) => name == "MapForwarder";

    public static HttpCall? Read(IInvocationOperation invocation)
    {
        if (!IsCandidateName(invocation.TargetMethod.Name))
        {
            return null;
        }

        // pattern, destinationPrefix[, targetTemplate], in the order YARP and Aspire's service discovery declare them.
        var texts = invocation.Arguments
            .Where(a => a.Parameter?.Ordinal > 0 && a.Parameter.Type.SpecialType == SpecialType.System_String && a.ArgumentKind != ArgumentKind.DefaultValue)
            .OrderBy(a => a.Parameter!.Ordinal)
            .Select(a => a.Value)
            .ToList();
        if (texts.Count < 2 || texts[1].ConstantValue.Value is not string destination || destination.IndexOf("://", System.StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var path = texts.Count > 2 ? texts[2] : texts[0];
        if (path.ConstantValue.Value is not string template)
        {
            return null;
        }

        var route = destination.TrimEnd('/') + "/" + template.TrimStart('/');
        return new HttpCall(null, route, ClientIdentity.Unknown, path.Syntax.GetLocation());
    }
}
