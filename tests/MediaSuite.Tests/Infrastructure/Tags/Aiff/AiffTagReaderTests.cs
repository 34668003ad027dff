using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Aiff;

namespace MediaSuite.Tests.Infrastructure.Tags.Aiff;

/// <summary>AIFF and AIFF-C files as ffmpeg writes them, made once for this class.</summary>
public sealed class AiffFiles : IDisposable
{
    private readonly FfmpegAudio _ffmpeg = new();

    public AiffFiles()
    {
        var tags = FfmpegAudio.Metadata(("title", "Aiff Title"), ("artist", "Aiff Artist"), ("album", "Aiff Album"),
            ("comment", "Aiff comment"), ("copyright", "(p) 2021"), ("date", "2021"));
        TextChunks = _ffmpeg.Make("text.aiff", FfmpegAudio.Tone(2), ["-c:a", "pcm_s16be"], tags, FfmpegAudio.Metadata(("author", "Aiff Author")));
        WithId3 = _ffmpeg.Make("id3.aiff", FfmpegAudio.Tone(2, sampleRate: 48000), ["-ac", "2", "-c:a", "pcm_s24be", "-write_id3v2", "1"], tags);
        Sowt = _ffmpeg.Make("sowt.aifc", FfmpegAudio.Tone(1), ["-c:a", "pcm_s16le", "-f", "aiff"]);
        Float = _ffmpeg.Make("float.aifc", FfmpegAudio.Tone(1, sampleRate: 96000), ["-c:a", "pcm_f32be", "-f", "aiff"]);
        MuLaw = _ffmpeg.Make("ulaw.aifc", FfmpegAudio.Tone(1, sampleRate: 8000), ["-c:a", "pcm_mulaw", "-f", "aiff"]);
    }

    public string TextChunks { get; }
    public string WithId3 { get; }
    public string Sowt { get; }
    public string Float { get; }
    public string MuLaw { get; }

    public void Dispose() => _ffmpeg.Dispose();
}

public sealed class AiffTagReaderTests(AiffFiles files) : IClassFixture<AiffFiles>
{
    private readonly AiffTagReader _reader = new();

    private AudioMetadata Read(byte[] bytes) => _reader.Read(new MemoryStream(bytes), TagReadOptions.Scan);

    private AudioMetadata Read(string path) => Read(File.ReadAllBytes(path));

    [Fact]
    public void Read_TextChunks_GiveTitleAuthorCommentAndFormat()
    {
        var meta = Read(files.TextChunks);

        Assert.Equal("Aiff Title", meta.Title);
        Assert.Equal(["Aiff Author"], meta.Artists);
        Assert.Equal("Aiff comment", meta.Comment);
        Assert.Equal(2000, meta.DurationMs);
        Assert.Equal((44100, 1, 16), (meta.SampleRate, meta.Channels, meta.BitDepth));
        Assert.Equal(706, meta.Bitrate);
        Assert.Equal(("pcm", "aiff", true), (meta.Codec, meta.Container, meta.Lossless));
    }

    [Fact]
    public void Read_Id3Chunk_SuppliesWhatTextChunksCannot()
    {
        var meta = Read(files.WithId3);

        Assert.Equal("Aiff Title", meta.Title);
        Assert.Equal(["Aiff Artist"], meta.Artists);
        Assert.Equal("Aiff Album", meta.Album);
        Assert.Equal(2021, meta.Year);
        Assert.Equal((48000, 2, 24), (meta.SampleRate, meta.Channels, meta.BitDepth));
    }

    [Fact]
    public void Read_Id3Chunk_WinsOverNameChunk()
    {
        var bytes = File.ReadAllBytes(files.WithId3);
        var name = bytes.AsSpan().IndexOf("NAME"u8);
        "Other"u8.CopyTo(bytes.AsSpan(name + 8));

        Assert.Equal("Aiff Title", Read(bytes).Title);
    }

    [Fact]
    public void Read_AifcSowt_IsPcm()
    {
        var meta = Read(files.Sowt);

        Assert.Equal(("pcm", true, 16), (meta.Codec, meta.Lossless, meta.BitDepth));
        Assert.Equal(1000, meta.DurationMs);
    }

    [Fact]
    public void Read_AifcFloat_IsLosslessFloat()
    {
        var meta = Read(files.Float);

        Assert.Equal(("pcm_float", true, 96000), (meta.Codec, meta.Lossless, meta.SampleRate));
        Assert.Equal(1000, meta.DurationMs);
    }

    [Fact]
    public void Read_AifcMuLaw_IsNamedAndLossy()
    {
        var meta = Read(files.MuLaw);

        Assert.Equal(("pcm_mulaw", false), (meta.Codec, meta.Lossless));
        Assert.Null(meta.BitDepth);
        Assert.Equal(64, meta.Bitrate);
        Assert.Equal(1000, meta.DurationMs);
    }

    [Theory]
    [InlineData(new byte[] { 0x40, 0x0E, 0xAC, 0x44, 0, 0, 0, 0, 0, 0 }, 44100)]
    [InlineData(new byte[] { 0x40, 0x0E, 0xBB, 0x80, 0, 0, 0, 0, 0, 0 }, 48000)]
    [InlineData(new byte[] { 0x40, 0x0F, 0xBB, 0x80, 0, 0, 0, 0, 0, 0 }, 96000)]
    [InlineData(new byte[] { 0x40, 0x0B, 0xFA, 0x00, 0, 0, 0, 0, 0, 0 }, 8000)]
    [InlineData(new byte[] { 0x3F, 0xFF, 0x80, 0x00, 0, 0, 0, 0, 0, 0 }, 1)]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0)]
    public void ExtendedToDouble_KnownRates_Convert(byte[] bytes, double expected)
    {
        Assert.Equal(expected, AiffCommonChunk.ExtendedToDouble(bytes));
    }

    [Fact]
    public void Read_SoundChunkLongerThanFile_ThrowsTruncated()
    {
        var bytes = File.ReadAllBytes(files.TextChunks)[..5000];

        Assert.StartsWith("truncated AIFF file: SSND chunk says", Assert.Throws<TagReadException>(() => Read(bytes)).Message);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        Assert.Contains("empty file", Assert.Throws<TagReadException>(() => Read([])).Message);
    }

    [Fact]
    public void Read_NoCommonChunk_ThrowsClearly()
    {
        byte[] bytes = [.. "FORM"u8, 0, 0, 0, 12, .. "AIFF"u8, .. "NAME"u8, 0, 0, 0, 2, .. "Hi"u8];

        Assert.Contains("no COMM chunk", Assert.Throws<TagReadException>(() => Read(bytes)).Message);
    }

    [Fact]
    public void Recognises_AiffAndAifcButNotWav()
    {
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.TextChunks).AsSpan(0, 16)));
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.Sowt).AsSpan(0, 16)));
        Assert.False(_reader.Recognises("RIFF\0\0\0\0WAVEfmt "u8));
    }
}
