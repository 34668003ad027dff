using System.Text;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Ogg;
using MediaSuite.Tests.Infrastructure.Tags.Xiph;

namespace MediaSuite.Tests.Infrastructure.Tags.Ogg;

public sealed class OggTagReaderTests(AudioFixtures files) : IClassFixture<AudioFixtures>
{
    private readonly OggTagReader _reader = new();

    private string PictureField(string cover) =>
        Convert.ToBase64String(AudioFixtures.FlacPictureBlock(File.ReadAllBytes(cover), "image/png", 3, "Cover", 32, 32));

    private string Vorbis => files.Encode("tagged.ogg", ["-c:a", "libvorbis"],
        tags: [.. AudioFixtures.StandardTags, ("METADATA_BLOCK_PICTURE", PictureField(files.SmallCover))]);

    private string Opus(string name, params (string, string)[] extraTags) => files.Encode(name, ["-c:a", "libopus"], sampleRate: 48000,
        tags: [.. AudioFixtures.StandardTags, ("METADATA_BLOCK_PICTURE", PictureField(files.SmallCover)), .. extraTags]);

    private string Large => files.Encode("large.ogg", ["-c:a", "libvorbis", "-q:a", "10"], seconds: 60, noise: true,
        tags: AudioFixtures.StandardTags, longTags: [("METADATA_BLOCK_PICTURE", PictureField(files.LargeCover))]);

    [Fact]
    public void Read_FfmpegVorbis_ReadsTagsPictureAndStream()
    {
        var metadata = _reader.Read(Vorbis);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata, toleranceMs: 1);
        Assert.Equal(("vorbis", "ogg", false), (metadata.Codec, metadata.Container, metadata.Lossless));
        Assert.Equal((44100, 2), (metadata.SampleRate, metadata.Channels));
        Assert.Null(metadata.BitDepth);
        Assert.InRange(metadata.Bitrate!.Value, 16, 320);
        Assert.Equal(("image/png", true, "Cover"), (metadata.Picture!.MimeType, metadata.Picture.IsFrontCover, metadata.Picture.Description));
        Assert.Equal(new FileInfo(files.SmallCover).Length, metadata.Picture.Length);
        Assert.Null(metadata.Picture.Data);
    }

    [Fact]
    public void Read_FfmpegOpus_ReadsTagsAndStreamWithPreSkipRemoved()
    {
        var metadata = _reader.Read(Opus("tagged.opus"));

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata, toleranceMs: 1);
        Assert.Equal(("opus", 48000, 2), (metadata.Codec, metadata.SampleRate, metadata.Channels));
        Assert.Equal(new FileInfo(files.SmallCover).Length, metadata.Picture!.Length);
        Assert.Null(metadata.ReplayGainTrackGain);
    }

    [Fact]
    public void Read_OpusWithR128Gains_ConvertsToReplayGainReference()
    {
        var metadata = _reader.Read(Opus("r128.opus", ("R128_TRACK_GAIN", "-512"), ("R128_ALBUM_GAIN", "-1408")));

        Assert.Equal(3.0, metadata.ReplayGainTrackGain);
        Assert.Equal(-0.5, metadata.ReplayGainAlbumGain);
    }

    [Fact]
    public void Read_OpusWithR128AndReplayGain_KeepsReplayGain()
    {
        var metadata = _reader.Read(Opus("both-gains.opus", ("R128_TRACK_GAIN", "-512"), ("REPLAYGAIN_TRACK_GAIN", "-7.25 dB")));

        Assert.Equal(-7.25, metadata.ReplayGainTrackGain);
    }

    [Fact]
    public void Read_OggFlac_ReadsStreamInfoAndComments()
    {
        var path = files.Encode("tagged.oga", ["-c:a", "flac", "-f", "ogg"], tags: AudioFixtures.StandardTags);

        var metadata = _reader.Read(path);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata, toleranceMs: 1);
        Assert.Equal(("flac", true, 16, 44100), (metadata.Codec, metadata.Lossless, metadata.BitDepth, metadata.SampleRate));
    }

    [Fact]
    public void Read_MultiMegabyteFileWithLargeCoverInComments_TouchesFewBytes()
    {
        Assert.True(new FileInfo(Large).Length > 2_000_000);

        var touched = _reader.BytesTouched(Large);

        Assert.InRange(touched, 1, 256 * 1024);
        var metadata = _reader.Read(Large);
        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(60_000, metadata, toleranceMs: 1);
        Assert.Equal(new FileInfo(files.LargeCover).Length, metadata.Picture!.Length);
    }

    [Fact]
    public void Read_LargeCoverWithPictures_GivesTheCoverBytes()
    {
        var picture = _reader.Read(Large, TagReadOptions.WithPictures).Picture;

        Assert.Equal(File.ReadAllBytes(files.LargeCover), picture!.Data);
    }

    [Fact]
    public void Read_CommentHeaderSpanningTwoPages_Reassembles()
    {
        var comment = OggBytes.VorbisCommentPacket(VorbisCommentBytes.Block("TITLE=Across pages", "ARTIST=" + new string('x', 600), "ALBUM=End"));
        var bytes = (byte[])[
            .. OggBytes.Page(7, 0, OggBytes.BeginningOfStream, 0, (OggBytes.VorbisIdentification(2, 44100, 128_000), true)),
            .. OggBytes.Page(7, 1, 0, -1, (comment[..510], false)),
            .. OggBytes.Page(7, 2, OggBytes.Continued, 0, (comment[510..], true), ("\u0005vorbis setup"u8.ToArray(), true)),
            .. OggBytes.Page(7, 3, OggBytes.EndOfStream, 3 * 44100, (new byte[100], true)),
        ];

        var metadata = _reader.Read(bytes);

        Assert.Equal("Across pages", metadata.Title);
        Assert.Equal("End", metadata.Album);
        Assert.Equal(600, metadata.Artists.Single().Length);
        Assert.Equal(3000, metadata.DurationMs);
        Assert.Equal((44100, 2), (metadata.SampleRate, metadata.Channels));
    }

    [Fact]
    public void Read_VideoStreamBeforeAudio_ReadsTheAudioStream()
    {
        var bytes = (byte[])[
            .. OggBytes.Page(1, 0, OggBytes.BeginningOfStream, 0, ("\u0080theora-ish header"u8.ToArray(), true)),
            .. OggBytes.Page(2, 0, OggBytes.BeginningOfStream, 0, (OggBytes.VorbisIdentification(1, 22050, 64_000), true)),
            .. OggBytes.Page(1, 1, 0, 0, ("\u0081theora comments"u8.ToArray(), true)),
            .. OggBytes.Page(2, 1, 0, 0, (OggBytes.VorbisCommentPacket(VorbisCommentBytes.Block("TITLE=Audio")), true)),
            .. OggBytes.Page(2, 2, OggBytes.EndOfStream, 22050, (new byte[10], true)),
            .. OggBytes.Page(1, 2, OggBytes.EndOfStream, 999_999, (new byte[10], true)),
        ];

        var metadata = _reader.Read(bytes);

        Assert.Equal("Audio", metadata.Title);
        Assert.Equal((22050, 1, 1000L), (metadata.SampleRate!.Value, metadata.Channels!.Value, metadata.DurationMs!.Value));
    }

    [Fact]
    public void Read_FileCutInAudio_TakesDurationFromLastCompletePage()
    {
        var path = files.Variant("cut-audio.ogg", Vorbis, keepBytes: new FileInfo(Vorbis).Length - 3000);

        var metadata = _reader.Read(path);

        Assert.InRange(metadata.DurationMs!.Value, 1000, 4990);
    }

    [Fact]
    public void Read_FileCutInCommentHeader_ThrowsTruncated()
    {
        var path = files.Variant("cut-header.ogg", Large, keepBytes: 150_000);

        var error = Assert.Throws<TagReadException>(() => _reader.Read(path));

        Assert.StartsWith("truncated Ogg", error.Message);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read([]));

        Assert.StartsWith("empty file", error.Message);
    }

    [Fact]
    public void Read_NotOgg_ThrowsWithReason()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read(Encoding.ASCII.GetBytes("ID3\u0004\0\0\0\0\0\0 and then some more bytes")));

        Assert.StartsWith("not an Ogg file", error.Message);
    }

    [Fact]
    public void Read_OggWithUnknownCodec_ThrowsWithReason()
    {
        var bytes = OggBytes.Page(1, 0, OggBytes.BeginningOfStream | OggBytes.EndOfStream, 0, ("Speex   header bytes"u8.ToArray(), true));

        var error = Assert.Throws<TagReadException>(() => _reader.Read(bytes));

        Assert.Contains("no Vorbis, Opus or FLAC stream", error.Message);
    }

    [Fact]
    public void Read_DamagedCopies_FailOnlyWithTagReadException()
    {
        Robustness.AssertOnlyTagReadExceptions(_reader, File.ReadAllBytes(Vorbis), headerRegion: 4096);
    }
}
