using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Mp3;
using MediaSuite.Tests.Infrastructure.Tags.Id3;

namespace MediaSuite.Tests.Infrastructure.Tags.Mp3;

/// <summary>Hand-built MP3 files: tags and damage around silent 128 kbit/s frames of 417 bytes.</summary>
public sealed class Mp3EdgeCaseTests
{
    private const double MsPer128kFrame = HandBuiltAudio.FrameLength * 8 / 128.0;

    private static AudioMetadata Read(byte[] file, TagReadOptions? options = null) =>
        new Mp3TagReader().Read(new MemoryStream(file), options ?? TagReadOptions.Scan);

    [Fact]
    public void Read_Id3v1Only_ReadsV1Fields()
    {
        var meta = Read(HandBuiltAudio.Mp3(after: HandBuiltAudio.Id3v1("Old Title", "Old Artist", "Old Album", "1994", "old", 9, 8)));

        Assert.Equal("Old Title", meta.Title);
        Assert.Equal(["Old Artist"], meta.Artists);
        Assert.Equal("Old Album", meta.Album);
        Assert.Equal(1994, meta.Year);
        Assert.Equal(9, meta.TrackNumber);
        Assert.Equal(["Jazz"], meta.Genres);
        Assert.Equal("old", meta.Comment);
        Assert.Equal((long)Math.Round(20 * MsPer128kFrame), meta.DurationMs);
    }

    [Fact]
    public void Read_Id3v2AndV1_V2WinsAndV1FillsGaps()
    {
        var v2 = new Id3TagBuilder(3).Text("TIT2", "New Title").Text("TPE1", "New Artist").Build();

        var meta = Read(HandBuiltAudio.Mp3(v2, after: HandBuiltAudio.Id3v1("Old Title", "Old Artist", "Old Album", "1994", "", 9, 8)));

        Assert.Equal("New Title", meta.Title);
        Assert.Equal(["New Artist"], meta.Artists);
        Assert.Equal("Old Album", meta.Album);
        Assert.Equal(9, meta.TrackNumber);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        var error = Assert.Throws<TagReadException>(() => Read([]));

        Assert.Contains("empty file", error.Message);
    }

    [Fact]
    public void Read_GarbageInsteadOfFrames_ThrowsNoFrame()
    {
        var garbage = new byte[20_000];
        new Random(7).NextBytes(garbage);

        var error = Assert.Throws<TagReadException>(() => Read([.. new Id3TagBuilder(3).Text("TIT2", "x").Build(), .. garbage]));

        Assert.StartsWith("no MPEG audio frame found", error.Message);
    }

    [Fact]
    public void Read_TagOnlyFile_ThrowsNoFrame()
    {
        Assert.Throws<TagReadException>(() => Read(new Id3TagBuilder(4).Text("TIT2", "x").Build(padding: 100)));
    }

    [Fact]
    public void Read_TruncatedTag_ThrowsTruncated()
    {
        var tag = new Id3TagBuilder(3).Text("TIT2", "x").Build(declaredSize: 100_000);

        var error = Assert.Throws<TagReadException>(() => Read([.. tag, .. HandBuiltAudio.Mp3(frames: 2)]));

        Assert.StartsWith("truncated ID3v2 tag: header says 100010 bytes", error.Message);
    }

    [Fact]
    public void Read_FalseSyncBeforeAudio_IsNotTakenForTheFirstFrame()
    {
        // A lone valid-looking header in junk, with no second frame where it says one should be.
        byte[] junk = [.. HandBuiltAudio.FrameHeader, .. Enumerable.Repeat((byte)0x55, 700)];

        var meta = Read(HandBuiltAudio.Mp3(junk, frames: 10));

        Assert.Equal((long)Math.Round(10 * MsPer128kFrame), meta.DurationMs);
    }

    [Fact]
    public void Read_TwoTagsAndUndeclaredPadding_ReadsBothAndFindsAudio()
    {
        var first = new Id3TagBuilder(4).Text("TIT2", "From first").Build(footer: true);
        var second = new Id3TagBuilder(3).Text("TIT2", "From second").Text("TALB", "Second album").Build();

        var meta = Read(HandBuiltAudio.Mp3([.. first, .. second, .. new byte[333]], frames: 5));

        Assert.Equal("From first", meta.Title);
        Assert.Equal("Second album", meta.Album);
        Assert.Equal((long)Math.Round(5 * MsPer128kFrame), meta.DurationMs);
    }

    [Fact]
    public void Read_SyltInMpegFrames_ConvertsWithTheFrameDuration()
    {
        var tag = new Id3TagBuilder(3).SyncedLyrics(1, (0, "Start"), (100, "Frame 100")).Build();

        var meta = Read(HandBuiltAudio.Mp3(tag));

        Assert.Equal([new SyncedLyricLine(0, "Start"), new SyncedLyricLine(2612, "Frame 100")], meta.SyncedLyrics);
    }

    [Fact]
    public void Read_ApeTagBeforeId3v1_IsNotCountedAsAudio()
    {
        byte[] footer = [.. "APETAGEX"u8, 0xD0, 0x07, 0, 0, 64 + 32, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0];
        byte[] ape = [.. "APETAGEX"u8, .. new byte[24], .. new byte[64], .. footer];
        var plain = Read(HandBuiltAudio.Mp3(frames: 10));

        var tagged = Read(HandBuiltAudio.Mp3(frames: 10, after: [.. ape, .. HandBuiltAudio.Id3v1("T", "", "", "", "", null, 255)]));

        Assert.Equal(plain.DurationMs, tagged.DurationMs);
        Assert.Equal("T", tagged.Title);
    }

    [Fact]
    public void Read_VbriHeader_GivesDurationAndAverageBitrate()
    {
        // Fraunhofer's header sits 32 bytes after the frame header: version, delay, quality, bytes, frames.
        var file = HandBuiltAudio.Mp3(frames: 20);
        byte[] vbri = [.. "VBRI"u8, 0, 1, 0x04, 0x5A, 0, 75, 0x00, 0x0F, 0x42, 0x40, 0x00, 0x00, 0x03, 0xE8];
        vbri.CopyTo(file, 36);

        var meta = Read(file);

        // 1000 frames of 1152 samples at 44.1 kHz; 1,000,000 bytes over that time.
        Assert.Equal(26_122, meta.DurationMs);
        Assert.Equal(306, meta.Bitrate);
    }

    [Fact]
    public void Read_XingWithoutLameExtension_UsesFrameCountOnly()
    {
        var file = HandBuiltAudio.Mp3(frames: 20);
        byte[] xing = [.. "Xing"u8, 0, 0, 0, 0x03, 0, 0, 0x01, 0xF4, 0, 0x01, 0x86, 0xA0];
        xing.CopyTo(file, 36);

        var meta = Read(file);

        // 500 frames: 13,061 ms; 100,000 bytes over them.
        Assert.Equal(13_061, meta.DurationMs);
        Assert.Equal(61, meta.Bitrate);
    }

    [Fact]
    public void Read_SingleFrameFile_IsAccepted()
    {
        var meta = Read(HandBuiltAudio.Mp3(frames: 1));

        Assert.Equal(44100, meta.SampleRate);
        Assert.Equal(2, meta.Channels);
    }

    [Fact]
    public void Read_NonSeekableStream_IsRefused()
    {
        var pipe = new NonSeekableStream(HandBuiltAudio.Mp3());

        Assert.Throws<ArgumentException>(() => new Mp3TagReader().Read(pipe, TagReadOptions.Scan));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
