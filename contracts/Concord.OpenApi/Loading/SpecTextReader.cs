using System.Text;

namespace Concord.OpenApi.Loading;

/// <summary>Reads a document's bytes as JSON or YAML, whichever it is.</summary>
internal static class SpecTextReader
{
    public static ParsedText Read(byte[] bytes, string document, SpecLoadOptions options)
    {
        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var first = FirstSignificant(bytes, offset);
        if (first is (byte)'{' or (byte)'[')
        {
            return JsonTextReader.Read(offset == 0 ? bytes : bytes[offset..], document, options);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            throw new SpecLoadException(document, "the file is not UTF-8 text", inner: e);
        }

        return YamlTextReader.Read(text, document, options);
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
