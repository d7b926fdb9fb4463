using System;
using System.Net;

namespace Concord.Analyzers.Semantics;

/// <summary>Recognises service addresses that point at the local machine: <c>localhost</c>, 127.0.0.0/8, <c>[::1]</c>, <c>0.0.0.0</c>.</summary>
internal static class LoopbackAddresses
{
    /// <summary>
    /// True for an absolute URL (<c>http://localhost:5000</c>), a host and port (<c>127.0.0.1:6379</c>)
    /// or a bare host (<c>localhost</c>) on the local machine.
    /// </summary>
    public static bool IsLoopback(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 2048)
        {
            return false;
        }

        if (trimmed.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            // Parsing a URL costs more than the rest of the check, and most are not loopback: only one that names
            // localhost, a 127.x or 0.0.0.0 address or an IPv6 host (bracketed in a URL) is parsed.
            return CouldNameLoopback(trimmed) && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host);
        }

        return IsLoopbackHost(HostOf(trimmed));
    }

    private static bool CouldNameLoopback(string url) =>
        url.IndexOf("localhost", StringComparison.OrdinalIgnoreCase) >= 0
        || url.IndexOf("127.", StringComparison.Ordinal) >= 0
        || url.IndexOf("0.0.0.0", StringComparison.Ordinal) >= 0
        || url.IndexOf('[') >= 0;

    private static string HostOf(string hostAndPort)
    {
        if (hostAndPort.StartsWith("[", StringComparison.Ordinal))
        {
            var close = hostAndPort.IndexOf(']');
            return close > 0 ? hostAndPort.Substring(0, close + 1) : hostAndPort;
        }

        var end = hostAndPort.IndexOfAny(new[] { ':', '/' });
        return end >= 0 ? hostAndPort.Substring(0, end) : hostAndPort;
    }

    private static bool IsLoopbackHost(string host)
    {
        host = host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The shape first: it allocates nothing, and most text a program holds is no address at all.
        if (!LooksLikeAnAddress(host) || !IPAddress.TryParse(host, out var address))
        {
            return false;
        }

        return IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
    }

    // IPAddress.TryParse accepts "1" or "127" as addresses; only dotted quads and IPv6 forms count here.
    private static bool LooksLikeAnAddress(string host) =>
        host.IndexOf(':') >= 0 || DotsIn(host) == 3;

    private static int DotsIn(string text)
    {
        var dots = 0;
        foreach (var character in text)
        {
            if (character == '.')
            {
                dots++;
            }
        }

        return dots;
    }
}
