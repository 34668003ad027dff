using System.Buffers.Binary;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Riff;
using MediaSuite.Tests.Infrastructure.Tags.Id3;

namespace MediaSuite.Tests.Infrastructure.Tags.Riff;

/// <summary>WAV files as ffmpeg writes them, made once for this class.</summary>
public sealed class WavFiles : IDisposable
{
    private readonly FfmpegAudio _ffmpeg = new();

    public WavFiles()
    {
        var tags = FfmpegAudio.Metadata(("title", "Info Title"), ("artist", "Info Artist"), ("album", "Info Album"),
            ("date", "2020-02-03"), ("genre", "Jazz"), ("comment", "Info comment"), ("track", "4"));
        Pcm = _ffmpeg.Make("pcm.wav", FfmpegAudio.Tone(2), ["-c:a", "pcm_s16le"], tags);
        Float = _ffmpeg.Make("float.wav", FfmpegAudio.Tone(1.5, sampleRate: 48000), ["-ac", "2", "-c:a", "pcm_f32le"]);
        Extensible = _ffmpeg.Make("surround.wav", FfmpegAudio.Tone(1), ["-ac", "6", "-c:a", "pcm_s24le"]);
        ALaw = _ffmpeg.Make("alaw.wav", FfmpegAudio.Tone(1, sampleRate: 8000), ["-c:a", "pcm_alaw"]);
        Rf64 = _ffmpeg.Make("rf64.wav", FfmpegAudio.Tone(1), ["-c:a", "pcm_s16le", "-rf64", "always"], FfmpegAudio.Metadata(("title", "Sixty-four")));
    }

    public string Pcm { get; }
    public string Float { get; }
    public string Extensible { get; }
    public string ALaw { get; }
    public string Rf64 { get; }

    public void Dispose() => _ffmpeg.Dispose();
}

public sealed class WavTagReaderTests(WavFiles files) : IClassFixture<WavFiles>
{
    private readonly WavTagReader _reader = new();

    private AudioMetadata Read(byte[] bytes) => _reader.Read(new MemoryStream(bytes), TagReadOptions.Scan);

    private AudioMetadata Read(string path) => Read(File.ReadAllBytes(path));

    [Fact]
    public void Read_PcmWithInfoList_ReadsTagsAndFormat()
    {
        var meta = Read(files.Pcm);

        Assert.Equal("Info Title", meta.Title);
        Assert.Equal(["Info Artist"], meta.Artists);
        Assert.Equal("Info Album", meta.Album);
        Assert.Equal("2020-02-03", meta.Date);
        Assert.Equal(["Jazz"], meta.Genres);
        Assert.Equal("Info comment", meta.Comment);
        Assert.Equal(4, meta.TrackNumber);
        Assert.Equal(2000, meta.DurationMs);
        Assert.Equal((44100, 1, 16), (meta.SampleRate, meta.Channels, meta.BitDepth));
        Assert.Equal(706, meta.Bitrate);
        Assert.Equal(("pcm", "wav", true), (meta.Codec, meta.Container, meta.Lossless));
    }

    [Fact]
    public void Read_FloatWav_IsLosslessFloat()
    {
        var meta = Read(files.Float);

        Assert.Equal(("pcm_float", 32, true), (meta.Codec, meta.BitDepth, meta.Lossless));
        Assert.Equal((48000, 2), (meta.SampleRate, meta.Channels));
        Assert.Equal(1500, meta.DurationMs);
    }

    [Fact]
    public void Read_ExtensibleFormat_UsesTheSubFormat()
    {
        var meta = Read(files.Extensible);

        Assert.Equal(("pcm", 24, 6), (meta.Codec, meta.BitDepth, meta.Channels));
        Assert.Equal(1000, meta.DurationMs);
    }

    [Fact]
    public void Read_ALaw_IsNamedByFormatTagAndLossy()
    {
        var meta = Read(files.ALaw);

        Assert.Equal("wav-0x0006", meta.Codec);
        Assert.False(meta.Lossless);
        Assert.Null(meta.BitDepth);
        Assert.Equal(1000, meta.DurationMs);
    }

    [Fact]
    public void Read_Rf64_UsesDs64Sizes()
    {
        var bytes = File.ReadAllBytes(files.Rf64);
        Assert.Equal("RF64"u8.ToArray(), bytes[..4]);

        var meta = Read(bytes);

        Assert.Equal(1000, meta.DurationMs);
        Assert.Equal("Sixty-four", meta.Title);
    }

    [Fact]
    public void Read_Id3Chunk_WinsOverInfo()
    {
        var id3 = new Id3TagBuilder(3).Text("TIT2", "ID3 Title").Text("TPE1", "ID3 Artist").Build(padding: 1);
        var bytes = AppendChunk(File.ReadAllBytes(files.Pcm), "id3 ", id3);

        var meta = Read(bytes);

        Assert.Equal("ID3 Title", meta.Title);
        Assert.Equal(["ID3 Artist"], meta.Artists);
        Assert.Equal("Info Album", meta.Album);
        Assert.Equal(2000, meta.DurationMs);
    }

    [Fact]
    public void Read_OddSizedChunkBeforeInfo_HonoursThePadByte()
    {
        var bytes = HandBuiltWav(("junk", [1, 2, 3]), ("LIST", [.. "INFO"u8, .. InfoField("INAM", "After odd")]));

        Assert.Equal("After odd", Read(bytes).Title);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        Assert.Contains("empty file", Assert.Throws<TagReadException>(() => Read([])).Message);
    }

    [Fact]
    public void Read_DataChunkLongerThanFile_ThrowsTruncated()
    {
        var bytes = File.ReadAllBytes(files.Pcm)[..20_000];

        var error = Assert.Throws<TagReadException>(() => Read(bytes));

        Assert.StartsWith("truncated WAV file: data chunk says 176400 bytes", error.Message);
    }

    [Fact]
    public void Read_HeaderOnly_ThrowsTruncated()
    {
        Assert.StartsWith("truncated WAV file", Assert.Throws<TagReadException>(() => Read("RIFF\0\0"u8.ToArray())).Message);
    }

    [Fact]
    public void Read_NoFmtChunk_ThrowsClearly()
    {
        var bytes = HandBuiltWav(withFormat: false, ("data", new byte[8]));

        Assert.Contains("no fmt chunk", Assert.Throws<TagReadException>(() => Read(bytes)).Message);
    }

    [Fact]
    public void Recognises_RiffAndRf64ButNotAiff()
    {
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.Pcm).AsSpan(0, 16)));
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.Rf64).AsSpan(0, 16)));
        Assert.False(_reader.Recognises("FORM\0\0\0\0AIFFCOMM"u8));
    }

    internal static byte[] AppendChunk(byte[] riff, string id, byte[] data)
    {
        var chunk = new byte[8 + data.Length + (data.Length & 1)];
        System.Text.Encoding.ASCII.GetBytes(id).CopyTo(chunk, 0);
        BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(4), data.Length);
        data.CopyTo(chunk, 8);
        byte[] result = [.. riff, .. chunk];
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(4), result.Length - 8);
        return result;
    }

    private static byte[] InfoField(string id, string text)
    {
        byte[] value = [.. System.Text.Encoding.UTF8.GetBytes(text), 0];
        var field = new byte[8 + value.Length + (value.Length & 1)];
        System.Text.Encoding.ASCII.GetBytes(id).CopyTo(field, 0);
        BinaryPrimitives.WriteInt32LittleEndian(field.AsSpan(4), value.Length);
        value.CopyTo(field, 8);
        return field;
    }

    private static byte[] HandBuiltWav(params (string Id, byte[] Data)[] chunks) => HandBuiltWav(true, chunks);

    private static byte[] HandBuiltWav(bool withFormat, params (string Id, byte[] Data)[] chunks)
    {
        byte[] wav = [.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8];
        // PCM, mono, 8000 Hz, 16000 bytes/s, block 2, 16 bits.
        if (withFormat) wav = AppendChunk(wav, "fmt ", [1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0]);
        foreach (var (id, data) in chunks) wav = AppendChunk(wav, id, data);
        return withFormat ? AppendChunk(wav, "data", new byte[16000]) : wav;
    }
}
