using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>
/// Real audio files made with ffmpeg in a temp folder, one folder per test class (use as a class
/// fixture). Each file is made once, on first use.
/// </summary>
public sealed class AudioFixtures : IDisposable
{
    private readonly Dictionary<string, string> _made = [];
    private readonly Lock _lock = new();

    public string Folder { get; } = Directory.CreateTempSubdirectory("mediasuite-tags-").FullName;

    /// <summary>The tags every tagged fixture carries, as ffmpeg metadata keys.</summary>
    public static IReadOnlyList<(string Key, string Value)> StandardTags { get; } =
    [
        ("title", "Título de prueba"), ("artist", "First Artist"), ("album_artist", "The Album Artist"),
        ("album", "An Album"), ("track", "3/12"), ("disc", "1/2"), ("date", "2019-05-17"),
        ("genre", "Rock"), ("composer", "A Composer"),
    ];

    /// <summary>A 32×32 PNG (about a hundred bytes).</summary>
    public string SmallCover => Make("small-cover.png", path => Ffmpeg("-f", "lavfi", "-i", "color=c=red:s=32x32", "-frames:v", "1", path));

    /// <summary>A 400×400 noise PNG (about 220 KB), larger than the byte budget of a scan.</summary>
    public string LargeCover => Make("large-cover.png", path => Ffmpeg("-f", "lavfi", "-i", "nullsrc=s=400x400,geq=random(1)*255:128:128", "-frames:v", "1", path));

    /// <summary>
    /// Encodes a tone (or white noise) of <paramref name="seconds"/> with the given codec arguments,
    /// tags, an attached front cover, and extra global tags from an ffmetadata file (for values too long for a command line).
    /// </summary>
    public string Encode(string name, string[] codec, double seconds = 5, int sampleRate = 44100, int channels = 2, bool noise = false,
        IEnumerable<(string Key, string Value)>? tags = null, string? cover = null, IEnumerable<(string Key, string Value)>? longTags = null)
    {
        return Make(name, path =>
        {
            var source = noise
                ? FormattableString.Invariant($"anoisesrc=d={seconds}:c=white:r={sampleRate}:a=0.5")
                : FormattableString.Invariant($"sine=frequency=440:duration={seconds}:sample_rate={sampleRate}");
            var args = new List<string> { "-f", "lavfi", "-i", source };
            if (cover is not null) args.AddRange(["-i", cover]);
            if (longTags is not null) args.AddRange(["-f", "ffmetadata", "-i", MetadataFile(name + ".ffmeta", longTags)]);
            args.AddRange(["-map", "0:a"]);
            if (cover is not null)
                args.AddRange(["-map", "1", "-c:v", "copy", "-disposition:v", "attached_pic", "-metadata:s:v", "comment=Cover (front)"]);
            if (longTags is not null) args.AddRange(["-map_metadata", cover is null ? "1" : "2"]);
            args.AddRange(["-ac", channels.ToString(CultureInfo.InvariantCulture)]);
            args.AddRange(codec);
            foreach (var (key, value) in tags ?? []) args.AddRange(["-metadata", $"{key}={value}"]);
            args.Add(path);
            Ffmpeg([.. args]);
        });
    }

    /// <summary>A copy of a fixture with bytes put in front (e.g. an ID3v2 tag) or the tail cut off.</summary>
    public string Variant(string name, string source, byte[]? prefix = null, long? keepBytes = null) => Make(name, path =>
    {
        var bytes = File.ReadAllBytes(source);
        if (keepBytes is { } keep) bytes = bytes[..(int)keep];
        File.WriteAllBytes(path, [.. prefix ?? [], .. bytes]);
    });

    /// <summary>A FLAC PICTURE block (the payload of METADATA_BLOCK_PICTURE), built here independently of the reader.</summary>
    public static byte[] FlacPictureBlock(byte[] image, string mime, int type, string description, int width, int height)
    {
        var output = new MemoryStream();
        void U32(int value) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, value); output.Write(b); }
        void Sized(byte[] value) { U32(value.Length); output.Write(value); }
        U32(type);
        Sized(Encoding.ASCII.GetBytes(mime));
        Sized(Encoding.UTF8.GetBytes(description));
        U32(width); U32(height); U32(24); U32(0);
        Sized(image);
        return output.ToArray();
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }

    private string MetadataFile(string name, IEnumerable<(string Key, string Value)> tags)
    {
        static string Escape(string value) => value.Replace("\\", "\\\\").Replace("=", "\\=").Replace(";", "\\;").Replace("#", "\\#").Replace("\n", "\\\n");
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, ";FFMETADATA1\n" + string.Concat(tags.Select(t => $"{Escape(t.Key)}={Escape(t.Value)}\n")));
        return path;
    }

    private string Make(string name, Action<string> create)
    {
        lock (_lock)
        {
            if (_made.TryGetValue(name, out var existing)) return existing;
            var path = Path.Combine(Folder, name);
            create(path);
            _made[name] = path;
            return path;
        }
    }

    private static void Ffmpeg(params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y", .. args]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg {string.Join(' ', args)} failed: {errors.Result}");
    }
}
