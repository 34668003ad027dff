using System.Buffers.Binary;
using System.Text;

namespace MediaSuite.Infrastructure.Media.Photos;

internal enum PhotoKind { Jpeg, Png, WebP, Tiff, Heif, Avif, Cr3, Raf }

/// <summary>Which container a file is, from its first bytes; the name does not count.</summary>
internal static class PhotoKindSniffer
{
    public static PhotoKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return PhotoKind.Jpeg;
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return PhotoKind.Png;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return PhotoKind.WebP;
        // TIFF in both byte orders, plus the Olympus ("IIRO", "IIRS", "MMOR") and Panasonic ("IIU\0") variants.
        if (header.StartsWith("II*\0"u8) || header.StartsWith("MM\0*"u8) || header.StartsWith("IIRO"u8) || header.StartsWith("IIRS"u8)
            || header.StartsWith("MMOR"u8) || header.StartsWith("IIU\0"u8)) return PhotoKind.Tiff;
        if (header.StartsWith("FUJIFILMCCD-RAW"u8)) return PhotoKind.Raf;
        return IsoMediaBrands(header) is { } brands ? FromBrands(brands) : null;
    }

    private static PhotoKind? FromBrands(IReadOnlyList<string> brands)
    {
        if (brands[0] == "crx ") return PhotoKind.Cr3;
        if (brands.Contains("avif") || brands.Contains("avis")) return PhotoKind.Avif;
        string[] heif = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];
        return brands.Any(heif.Contains) ? PhotoKind.Heif : null;
    }

    /// <summary>The major brand then the compatible brands of an ISO media "ftyp" box.</summary>
    private static List<string>? IsoMediaBrands(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12 || !header[4..8].SequenceEqual("ftyp"u8)) return null;
        var size = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(header), (uint)header.Length);
        var brands = new List<string> { Encoding.ASCII.GetString(header[8..12]) };
        for (var offset = 16; offset + 4 <= size; offset += 4) brands.Add(Encoding.ASCII.GetString(header.Slice(offset, 4)));
        return brands;
    }
}
