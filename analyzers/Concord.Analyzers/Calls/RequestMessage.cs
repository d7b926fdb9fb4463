using Microsoft.CodeAnalysis;

namespace Concord.Analyzers.Calls;

/// <summary>A request message's method, URL and content expressions, each null when the code does not show it.</summary>
internal sealed class RequestMessage
{
    public RequestMessage(IOperation? method, IOperation? url, IOperation? content)
    {
        Method = method;
        Url = url;
        Content = content;
    }

    public IOperation? Method { get; }

    public IOperation? Url { get; }

    public IOperation? Content { get; }
}
