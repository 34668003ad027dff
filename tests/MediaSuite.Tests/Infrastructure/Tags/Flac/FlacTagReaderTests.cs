using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Flac;
using MediaSuite.Tests.Infrastructure.Tags.Xiph;

namespace MediaSuite.Tests.Infrastructure.Tags.Flac;

public sealed class FlacTagReaderTests(AudioFixtures files) : IClassFixture<AudioFixtures>
{
    private readonly FlacTagReader _reader = new();

    private string Tagged => files.Encode("tagged.flac", ["-c:a", "flac"], tags: AudioFixtures.StandardTags, cover: files.SmallCover);

    private string Large => files.Encode("large.flac", ["-c:a", "flac"], seconds: 60, noise: true, tags: AudioFixtures.StandardTags, cover: files.LargeCover);

    [Fact]
    public void Read_FfmpegFileWithTagsAndCover_ReadsTagsAndStream()
    {
        var metadata = _reader.Read(Tagged);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata, toleranceMs: 1);
        Assert.Equal(44100, metadata.SampleRate);
        Assert.Equal(2, metadata.Channels);
        Assert.Equal(16, metadata.BitDepth);
        Assert.Equal("flac", metadata.Codec);
        Assert.Equal("flac", metadata.Container);
        Assert.True(metadata.Lossless);
        // Audio bytes only: the file's average less the metadata blocks (ffmpeg leaves 8 KB of padding).
        var fileKbps = new FileInfo(Tagged).Length * 8 / 5000;
        Assert.InRange(metadata.Bitrate!.Value, fileKbps - 20, fileKbps - 1);
    }

    [Fact]
    public void Read_AttachedFrontCover_GivesPictureHeaderWithoutBytes()
    {
        var picture = _reader.Read(Tagged).Picture;

        Assert.NotNull(picture);
        Assert.Equal("image/png", picture.MimeType);
        Assert.True(picture.IsFrontCover);
        Assert.Equal(new FileInfo(files.SmallCover).Length, picture.Length);
        Assert.Null(picture.Data);
    }

    [Fact]
    public void Read_WithPictures_GivesTheCoverBytes()
    {
        var picture = _reader.Read(Tagged, TagReadOptions.WithPictures).Picture;

        Assert.Equal(File.ReadAllBytes(files.SmallCover), picture!.Data);
    }

    [Fact]
    public void Read_24BitMono96k_ReportsBitDepthAndRate()
    {
        var path = files.Encode("hires.flac", ["-c:a", "flac", "-sample_fmt", "s32", "-bits_per_raw_sample", "24"], seconds: 2, sampleRate: 96000, channels: 1);

        var metadata = _reader.Read(path);

        Assert.Equal((96000, 1, 24), (metadata.SampleRate, metadata.Channels, metadata.BitDepth));
        TagFiles.AssertDuration(2000, metadata, toleranceMs: 1);
    }

    [Fact]
    public void Read_Id3v2TagBeforeMarker_SkipsIt()
    {
        var path = files.Variant("id3-prefixed.flac", Tagged, prefix: FlacBytes.Id3v2Tag(3000));

        var metadata = _reader.Read(path);

        TagFiles.AssertStandardTags(metadata);
        Assert.Equal(44100, metadata.SampleRate);
    }

    [Fact]
    public void Read_MultiMegabyteFileWithLargeCover_TouchesFewBytes()
    {
        Assert.True(new FileInfo(Large).Length > 5_000_000);

        var touched = _reader.BytesTouched(Large);

        Assert.InRange(touched, 1, 64 * 1024);
        var metadata = _reader.Read(Large);
        Assert.Equal(new FileInfo(files.LargeCover).Length, metadata.Picture!.Length);
        TagFiles.AssertDuration(60_000, metadata, toleranceMs: 1);
        var fileKbps = new FileInfo(Large).Length * 8 / 60_000;
        Assert.InRange(metadata.Bitrate!.Value, fileKbps - 40, fileKbps - 25);
    }

    [Fact]
    public void Read_HandBuiltStreamInfo_ComputesDuration()
    {
        var bytes = FlacBytes.File((0, FlacBytes.StreamInfo(44100, 2, 16, 441_000)), (4, VorbisCommentBytes.Block("ARTIST=A", "ARTIST=B")));

        var metadata = _reader.Read(bytes);

        Assert.Equal(10_000, metadata.DurationMs);
        Assert.Equal(["A", "B"], metadata.Artists);
    }

    [Fact]
    public void Read_VorbisCommentLengthPastBlock_ThrowsTruncated()
    {
        var bytes = FlacBytes.File((0, FlacBytes.StreamInfo(44100, 2, 16, 441_000)), (4, VorbisCommentBytes.BlockWithLyingField("TITLE=x", 500)));

        var error = Assert.Throws<TagReadException>(() => _reader.Read(bytes));

        Assert.StartsWith("truncated Vorbis comment field 1 of 1", error.Message);
    }

    [Fact]
    public void Read_FileCutInsidePictureBlock_ThrowsTruncated()
    {
        var path = files.Variant("cut.flac", Large, keepBytes: 100_000);

        var error = Assert.Throws<TagReadException>(() => _reader.Read(path));

        Assert.StartsWith("truncated FLAC PICTURE block: header says", error.Message);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read([]));

        Assert.StartsWith("empty file", error.Message);
    }

    [Fact]
    public void Read_NotFlac_ThrowsWithReason()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read("RIFF\0\0\0\0WAVEfmt "u8.ToArray()));

        Assert.StartsWith("not a FLAC file", error.Message);
    }

    [Fact]
    public void Read_NoStreamInfo_ThrowsCorrupt()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read(FlacBytes.File((4, VorbisCommentBytes.Block("TITLE=x")))));

        Assert.Contains("no STREAMINFO", error.Message);
    }

    [Fact]
    public void Recognises_FlacMarkerOnly()
    {
        Assert.True(_reader.Recognises("fLaC\0\0\0\x22"u8));
        Assert.False(_reader.Recognises("OggS\0\x02"u8));
    }

    [Fact]
    public void Read_DamagedCopies_FailOnlyWithTagReadException()
    {
        Robustness.AssertOnlyTagReadExceptions(_reader, File.ReadAllBytes(Tagged), headerRegion: 600);
    }
}
