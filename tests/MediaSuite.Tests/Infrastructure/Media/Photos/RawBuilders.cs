using System.Buffers.Binary;
using System.Text;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

/// <summary>One TIFF directory entry: tag, TIFF type and the value's bytes (little-endian).</summary>
internal sealed record TiffEntry(ushort Tag, ushort Type, int Count, byte[] Value)
{
    public static TiffEntry Ascii(ushort tag, string text) { var b = Encoding.ASCII.GetBytes(text + "\0"); return new(tag, 2, b.Length, b); }
    public static TiffEntry Short(ushort tag, ushort value) => new(tag, 3, 1, BitConverter.GetBytes(value));
    public static TiffEntry Long(ushort tag, uint value) => new(tag, 4, 1, BitConverter.GetBytes(value));
    public static TiffEntry Byte(ushort tag, params byte[] values) => new(tag, 1, values.Length, values);

    public static TiffEntry Rational(ushort tag, params (uint Numerator, uint Denominator)[] values) =>
        new(tag, 5, values.Length, values.SelectMany(v => BitConverter.GetBytes(v.Numerator).Concat(BitConverter.GetBytes(v.Denominator))).ToArray());
}

/// <summary>
/// Builds the TIFF structures RAW files are made of, byte by byte: the point is the container
/// layout (CR2's "CR" header, Olympus and Panasonic magic numbers, CR3's boxes, RAF's embedded
/// JPEG), not real sensor data, which no tool here can produce.
/// </summary>
internal static class RawBuilders
{
    public static readonly byte[] StandardHeader = [.. "II*\0"u8, 8, 0, 0, 0];
    public static readonly byte[] Cr2Header = [.. "II*\0"u8, 16, 0, 0, 0, (byte)'C', (byte)'R', 2, 0, 0, 0, 0, 0];
    public static readonly byte[] OrfHeader = [.. "IIRO"u8, 8, 0, 0, 0];
    public static readonly byte[] Rw2Header = [.. "IIU\0"u8, 8, 0, 0, 0];

    /// <summary>A little-endian TIFF: IFD0, and when given, an EXIF IFD and a GPS IFD it points to.</summary>
    public static byte[] Tiff(byte[] header, IReadOnlyList<TiffEntry> ifd0, IReadOnlyList<TiffEntry>? exif = null, IReadOnlyList<TiffEntry>? gps = null)
    {
        var first = ifd0.ToList();
        if (exif is not null) first.Add(TiffEntry.Long(0x8769, 0));
        if (gps is not null) first.Add(TiffEntry.Long(0x8825, 0));
        var ifd0Offset = header.Length;
        var exifOffset = ifd0Offset + Size(first);
        var gpsOffset = exifOffset + (exif is null ? 0 : Size(exif));
        first = first.Select(e => e.Tag switch
        {
            0x8769 => TiffEntry.Long(0x8769, (uint)exifOffset),
            0x8825 => TiffEntry.Long(0x8825, (uint)gpsOffset),
            _ => e,
        }).ToList();

        var bytes = new List<byte>(header);
        bytes.AddRange(Ifd(first, ifd0Offset));
        if (exif is not null) bytes.AddRange(Ifd(exif, exifOffset));
        if (gps is not null) bytes.AddRange(Ifd(gps, gpsOffset));
        return [.. bytes];
    }

    private static int Size(IReadOnlyList<TiffEntry> entries) => 2 + 12 * entries.Count + 4 + entries.Where(e => e.Value.Length > 4).Sum(e => Even(e.Value.Length));

    private static int Even(int length) => length + (length & 1);

    private static byte[] Ifd(IReadOnlyList<TiffEntry> entries, int offset)
    {
        var sorted = entries.OrderBy(e => e.Tag).ToList();
        var table = new List<byte>(BitConverter.GetBytes((ushort)sorted.Count));
        var data = new List<byte>();
        var dataOffset = offset + 2 + 12 * sorted.Count + 4;
        foreach (var entry in sorted)
        {
            table.AddRange(BitConverter.GetBytes(entry.Tag));
            table.AddRange(BitConverter.GetBytes(entry.Type));
            table.AddRange(BitConverter.GetBytes(entry.Count));
            if (entry.Value.Length <= 4)
            {
                table.AddRange(entry.Value.Concat(new byte[4 - entry.Value.Length]));
                continue;
            }
            table.AddRange(BitConverter.GetBytes(dataOffset + data.Count));
            data.AddRange(entry.Value);
            if ((entry.Value.Length & 1) == 1) data.Add(0);
        }
        table.AddRange(new byte[4]);
        return [.. table, .. data];
    }

    /// <summary>An ISO media box: big-endian size, type, payload.</summary>
    public static byte[] Box(string type, params byte[][] payload)
    {
        var body = payload.SelectMany(p => p).ToArray();
        var box = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        body.CopyTo(box, 8);
        return box;
    }

    /// <summary>A CR3 as Canon lays it out: ftyp "crx ", moov with mvhd and the Canon uuid box holding CMT1/CMT2/CMT4, then mdat.</summary>
    public static byte[] Cr3(byte[] cmt1, byte[] cmt2, byte[]? cmt4, uint movieCreatedSince1904 = 0)
    {
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(4), movieCreatedSince1904);
        byte[][] canon = [Convert.FromHexString("85C0B687820F11E08111F4CE462B6A48"), Box("CNCV", "CanonCR3_001/00.09.00/00.00.00"u8.ToArray()), Box("CMT1", cmt1), Box("CMT2", cmt2)];
        if (cmt4 is not null) canon = [.. canon, Box("CMT4", cmt4)];
        return
        [
            .. Box("ftyp", "crx "u8.ToArray(), [0, 0, 0, 1], "crx "u8.ToArray(), "isom"u8.ToArray()),
            .. Box("moov", Box("mvhd", mvhd), Box("uuid", canon)),
            .. Box("mdat", new byte[256]),
        ];
    }

    /// <summary>A RAF: Fujifilm's header with the offset and length of its embedded JPEG (which carries the EXIF) at byte 84.</summary>
    public static byte[] Raf(byte[] jpeg)
    {
        var raf = new byte[256 + jpeg.Length];
        Encoding.ASCII.GetBytes("FUJIFILMCCD-RAW 0201FF393101X-T3").CopyTo(raf, 0);
        BinaryPrimitives.WriteUInt32BigEndian(raf.AsSpan(84), 256);
        BinaryPrimitives.WriteUInt32BigEndian(raf.AsSpan(88), (uint)jpeg.Length);
        jpeg.CopyTo(raf, 256);
        return raf;
    }
}
