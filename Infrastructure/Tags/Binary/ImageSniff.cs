namespace MediaSuite.Infrastructure.Tags.Binary;

/// <summary>Names an image format from its first bytes, for pictures stored without (or with a useless) MIME type.</summary>
internal static class ImageSniff
{
    public static string? MimeType(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
        [(byte)'B', (byte)'M', ..] => "image/bmp",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
        _ => null,
    };
}
