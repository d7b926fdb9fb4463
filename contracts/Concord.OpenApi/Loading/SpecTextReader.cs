using System.Text;

namespace Concord.OpenApi.Loading;

/// <summary>Reads a document's bytes as JSON or YAML, whichever it is.</summary>
internal static class SpecTextReader
{
    public static ParsedText Read(byte[] bytes, string document, SpecLoadOptions options)
    {
        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var first = FirstSignificant(bytes, offset);
        SpecLoadException? jsonError = null;
        if (first is (byte)'{' or (byte)'[' or (byte)'/')
        {
            // JSON, or JSON with a leading comment, or YAML in flow style ({openapi: 3.0.3, ...}): JSON is tried
            // first, and if it is not JSON the text is read as YAML; if neither reads it, the JSON error is the
            // one that names the problem.
            try
            {
                return JsonTextReader.Read(offset == 0 ? bytes : bytes[offset..], document, options);
            }
            catch (SpecLoadException e) when (e.Reason.StartsWith("invalid JSON", StringComparison.Ordinal))
            {
                jsonError = e;
            }
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            throw jsonError ?? new SpecLoadException(document, "the file is not UTF-8 text", inner: e);
        }

        try
        {
            return YamlTextReader.Read(text, document, options);
        }
        catch (SpecLoadException) when (jsonError is not null)
        {
            throw jsonError;
        }
    }

    private static byte FirstSignificant(byte[] bytes, int offset)
    {
        for (var i = offset; i < bytes.Length; i++)
        {
            if (bytes[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return bytes[i];
            }
        }

        return 0;
    }
}
