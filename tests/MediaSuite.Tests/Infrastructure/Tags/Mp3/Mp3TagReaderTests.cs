using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Mp3;

namespace MediaSuite.Tests.Infrastructure.Tags.Mp3;

/// <summary>MP3 files as ffmpeg (libmp3lame and its ID3 muxer) writes them, made once for this class.</summary>
public sealed class Mp3Files : IDisposable
{
    public const string MusicBrainzAlbumId = "f5093c06-23e3-404f-aeaa-40f72885ee3a";
    private readonly FfmpegAudio _ffmpeg = new();

    public Mp3Files()
    {
        Cover = _ffmpeg.Picture("cover.jpg");
        var tags = FfmpegAudio.Metadata(
            ("title", "Tïtle ♫"), ("artist", "AC/DC"), ("album_artist", "Various Artists"), ("album", "The Album"),
            ("track", "3/12"), ("disc", "1/2"), ("date", "2019-05-17"), ("genre", "Hard Rock"), ("composer", "Young"),
            ("MusicBrainz Album Id", MusicBrainzAlbumId), ("REPLAYGAIN_TRACK_GAIN", "-6.50 dB"));
        string[] stereo128 = ["-ac", "2", "-c:a", "libmp3lame", "-b:a", "128k"];
        string[] withCover = ["-i", Cover, "-map", "0:a", "-map", "1", "-c:v", "copy", "-metadata:s:v", "comment=Cover (front)", "-metadata:s:v", "title=Front"];
        CbrV23 = _ffmpeg.Make("cbr-v23.mp3", FfmpegAudio.Tone(3), withCover, stereo128, tags, ["-id3v2_version", "3"]);
        CbrV24WithoutXing = _ffmpeg.Make("cbr-v24.mp3", FfmpegAudio.Tone(3), stereo128, tags, ["-id3v2_version", "4", "-write_xing", "0"]);
        Vbr = _ffmpeg.Make("vbr.mp3", FfmpegAudio.Tone(3), ["-ac", "2", "-c:a", "libmp3lame", "-q:a", "4"], tags);
        Mpeg2Mono = _ffmpeg.Make("mpeg2.mp3", FfmpegAudio.Tone(2, sampleRate: 22050), ["-c:a", "libmp3lame", "-b:a", "32k"]);
        Mp2 = _ffmpeg.Make("layer2.mp2", FfmpegAudio.Tone(2, sampleRate: 48000), ["-ac", "2", "-c:a", "mp2", "-b:a", "192k"]);
        Id3v1Only = WithoutLeadingId3v2(_ffmpeg.Make("v1.mp3", FfmpegAudio.Tone(1), ["-c:a", "libmp3lame", "-b:a", "64k", "-write_id3v1", "1"],
            FfmpegAudio.Metadata(("title", "Only v1"), ("artist", "Old Tagger"), ("album", "Album"), ("date", "1999"), ("track", "5"), ("genre", "Rock"))));
    }

    /// <summary>ffmpeg writes ID3v1 only next to an ID3v2 tag; cutting the latter off leaves an ID3v1-only file.</summary>
    private static string WithoutLeadingId3v2(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var size = bytes[6] << 21 | bytes[7] << 14 | bytes[8] << 7 | bytes[9];
        File.WriteAllBytes(path, bytes[(10 + size)..]);
        return path;
    }

    public string Cover { get; }
    public string CbrV23 { get; }
    public string CbrV24WithoutXing { get; }
    public string Vbr { get; }
    public string Mpeg2Mono { get; }
    public string Mp2 { get; }
    public string Id3v1Only { get; }

    public void Dispose() => _ffmpeg.Dispose();
}

public sealed class Mp3TagReaderTests(Mp3Files files) : IClassFixture<Mp3Files>
{
    private readonly Mp3TagReader _reader = new();

    private AudioMetadata Read(string path, TagReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return _reader.Read(stream, options ?? TagReadOptions.Scan);
    }

    [Theory]
    [InlineData("v23")]
    [InlineData("v24")]
    public void Read_FfmpegTags_MapToFields(string version)
    {
        var meta = Read(version == "v23" ? files.CbrV23 : files.CbrV24WithoutXing);

        Assert.Equal("Tïtle ♫", meta.Title);
        Assert.Equal(["AC/DC"], meta.Artists);
        Assert.Equal(["Various Artists"], meta.AlbumArtists);
        Assert.Equal("The Album", meta.Album);
        Assert.Equal([3, 12, 1, 2], new[] { meta.TrackNumber, meta.TrackTotal, meta.DiscNumber, meta.DiscTotal });
        Assert.Equal("2019-05-17", meta.Date);
        Assert.Equal(["Hard Rock"], meta.Genres);
        Assert.Equal(["Young"], meta.Composers);
        Assert.Equal(Mp3Files.MusicBrainzAlbumId, meta.MusicBrainzReleaseId);
        Assert.Equal(-6.5, meta.ReplayGainTrackGain);
    }

    [Fact]
    public void Read_CbrWithInfoHeader_GivesGaplessDurationAndHeaderBitrate()
    {
        var meta = Read(files.CbrV23);

        Assert.InRange(meta.DurationMs!.Value, 2990, 3010);
        Assert.Equal(128, meta.Bitrate);
        Assert.Equal(44100, meta.SampleRate);
        Assert.Equal(2, meta.Channels);
        Assert.Equal(("mp3", "mp3", false), (meta.Codec, meta.Container, meta.Lossless));
        Assert.Null(meta.BitDepth);
    }

    [Fact]
    public void Read_CbrWithoutXing_ComputesDurationFromSize()
    {
        var meta = Read(files.CbrV24WithoutXing);

        // Without a frame count the encoder's padding frames count too: ~3.03 s of frames for 3 s of tone.
        Assert.InRange(meta.DurationMs!.Value, 3000, 3080);
        Assert.Equal(128, meta.Bitrate);
    }

    [Fact]
    public void Read_VbrWithXing_UsesFrameCountAndAverageBitrate()
    {
        var meta = Read(files.Vbr);

        Assert.InRange(meta.DurationMs!.Value, 2990, 3010);
        var probed = FfprobeFacts.AudioStream(files.Vbr, "bit_rate") / 1000;
        Assert.InRange(meta.Bitrate!.Value, probed - 2, probed + 2);
        Assert.NotEqual(128, meta.Bitrate);
    }

    [Fact]
    public void Read_Mpeg2LowSampleRate_UsesHalfLengthFrames()
    {
        var meta = Read(files.Mpeg2Mono);

        Assert.Equal(22050, meta.SampleRate);
        Assert.Equal(1, meta.Channels);
        Assert.Equal(32, meta.Bitrate);
        Assert.InRange(meta.DurationMs!.Value, 1990, 2010);
    }

    [Fact]
    public void Read_Layer2_ReportsMp2()
    {
        var meta = Read(files.Mp2);

        Assert.Equal("mp2", meta.Codec);
        Assert.Equal(48000, meta.SampleRate);
        Assert.Equal(192, meta.Bitrate);
        Assert.InRange(meta.DurationMs!.Value, 1990, 2060);
    }

    [Fact]
    public void Read_AttachedCoverOnScan_DescribesItWithoutBytes()
    {
        var picture = Read(files.CbrV23).Picture;

        Assert.NotNull(picture);
        Assert.Equal(("image/jpeg", 3, "Front"), (picture.MimeType, picture.PictureType, picture.Description));
        Assert.Equal(new FileInfo(files.Cover).Length, picture.Length);
        Assert.Null(picture.Data);
    }

    [Fact]
    public void Read_AttachedCoverWithPictures_ReturnsTheImageBytes()
    {
        var picture = Read(files.CbrV23, TagReadOptions.WithPictures).Picture;

        Assert.Equal(File.ReadAllBytes(files.Cover), picture?.Data);
    }

    [Fact]
    public void Read_Id3v1Only_ReadsTheTail()
    {
        var meta = Read(files.Id3v1Only);

        Assert.Equal("Only v1", meta.Title);
        Assert.Equal(["Old Tagger"], meta.Artists);
        Assert.Equal(1999, meta.Year);
        Assert.Equal(5, meta.TrackNumber);
        Assert.Equal(["Rock"], meta.Genres);
        Assert.InRange(meta.DurationMs!.Value, 990, 1010);
    }

    [Fact]
    public void Recognises_FfmpegFiles_AndNotWav()
    {
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.CbrV23).AsSpan(0, 16)));
        Assert.True(_reader.Recognises(File.ReadAllBytes(files.Mp2).AsSpan(0, 16)));
        Assert.False(_reader.Recognises("RIFF\0\0\0\0WAVEfmt "u8));
    }
}
