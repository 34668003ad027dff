using System.Security.Cryptography;

namespace MediaSuite.Infrastructure.FileSystem;

/// <summary>
/// Size plus a hash of the first and last 16 KiB: enough to recognise a moved or renamed file
/// (audio payloads differ at both ends), and cheap enough to take for every new file.
/// </summary>
public static class Fingerprint
{
    public const int SampleBytes = 16 * 1024;

    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        return Of(stream);
    }

    public static string Of(Stream stream)
    {
        var length = stream.Length;
        Span<byte> buffer = stackalloc byte[SampleBytes * 2];
        var head = ReadAt(stream, 0, buffer[..SampleBytes]);
        var tailStart = Math.Max(head, length - SampleBytes);
        var tail = ReadAt(stream, tailStart, buffer.Slice(head, (int)Math.Min(SampleBytes, length - tailStart)));
        var hash = SHA256.HashData(buffer[..(head + tail)]);
        return $"{length:x}-{Convert.ToHexString(hash, 0, 12)}";
    }

    private static int ReadAt(Stream stream, long offset, Span<byte> target)
    {
        stream.Position = offset;
        var total = 0;
        while (total < target.Length)
        {
            var read = stream.Read(target[total..]);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
