namespace Concord.OpenApi.Loading;

/// <summary>Reads a stream to its end, counting the bytes as they come, and stops at a limit.</summary>
internal static class CappedRead
{
    public static byte[] All(Stream stream, long limit, Func<Exception> overLimit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw overLimit();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
