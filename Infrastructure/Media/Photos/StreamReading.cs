namespace MediaSuite.Infrastructure.Media.Photos;

internal static class StreamReading
{
    /// <summary>Exactly count bytes from the current position, or a "truncated" error naming what was being read.</summary>
    public static byte[] ReadBytes(Stream stream, long count, string what)
    {
        if (count < 0 || count > stream.Length - stream.Position)
            throw new CorruptPhotoException($"truncated: {what} needs {count} bytes at offset {stream.Position}, the file has {stream.Length}");
        var buffer = new byte[count];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>Moves past count bytes, or fails when they are not there.</summary>
    public static void Skip(Stream stream, long count, string what)
    {
        if (count < 0 || count > stream.Length - stream.Position)
            throw new CorruptPhotoException($"truncated: {what} says {count} bytes at offset {stream.Position}, the file has {stream.Length}");
        stream.Seek(count, SeekOrigin.Current);
    }
}
