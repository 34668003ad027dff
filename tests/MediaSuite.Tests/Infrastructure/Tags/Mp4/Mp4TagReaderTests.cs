using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Mp4;
using static MediaSuite.Tests.Infrastructure.Tags.Mp4.Mp4Bytes;

namespace MediaSuite.Tests.Infrastructure.Tags.Mp4;

public sealed class Mp4TagReaderTests(AudioFixtures files) : IClassFixture<AudioFixtures>
{
    private readonly Mp4TagReader _reader = new();

    private string Aac => files.Encode("tagged-aac.m4a", ["-c:a", "aac", "-b:a", "128k"], tags: AudioFixtures.StandardTags, cover: files.SmallCover);

    private string FastStart => files.Encode("faststart.m4a", ["-c:a", "aac", "-movflags", "+faststart"], tags: AudioFixtures.StandardTags, cover: files.SmallCover);

    private string Large => files.Encode("large.m4a", ["-c:a", "aac", "-b:a", "320k"], seconds: 90, noise: true, tags: AudioFixtures.StandardTags, cover: files.LargeCover);

    [Fact]
    public void Read_FfmpegAacWithMoovAtEnd_ReadsTagsAndStream()
    {
        var metadata = _reader.Read(Aac);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata);
        Assert.Equal(("aac", "mp4", false), (metadata.Codec, metadata.Container, metadata.Lossless));
        Assert.Equal((44100, 2), (metadata.SampleRate, metadata.Channels));
        Assert.InRange(metadata.Bitrate!.Value, 64, 160);
    }

    [Fact]
    public void Read_FfmpegAacCover_GivesPngHeaderWithoutBytes()
    {
        var picture = _reader.Read(Aac).Picture;

        Assert.Equal(("image/png", true, new FileInfo(files.SmallCover).Length), (picture!.MimeType, picture.IsFrontCover, picture.Length));
        Assert.Null(picture.Data);
    }

    [Fact]
    public void Read_WithPictures_GivesTheCoverBytes()
    {
        var picture = _reader.Read(Aac, TagReadOptions.WithPictures).Picture;

        Assert.Equal(File.ReadAllBytes(files.SmallCover), picture!.Data);
    }

    [Fact]
    public void Read_FastStartFile_ReadsTheSameTags()
    {
        var metadata = _reader.Read(FastStart);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata);
    }

    [Fact]
    public void Read_FfmpegAlac_ReadsLosslessStreamFromCookie()
    {
        var path = files.Encode("tagged-alac.m4a", ["-c:a", "alac", "-sample_fmt", "s16p"], tags: AudioFixtures.StandardTags, cover: files.SmallCover);

        var metadata = _reader.Read(path);

        TagFiles.AssertStandardTags(metadata);
        TagFiles.AssertDuration(5000, metadata);
        Assert.Equal(("alac", true, 16, 44100, 2), (metadata.Codec, metadata.Lossless, metadata.BitDepth, metadata.SampleRate, metadata.Channels));
        Assert.InRange(metadata.Bitrate!.Value, 100, 1411);
        Assert.NotNull(metadata.Picture);
    }

    [Fact]
    public void Read_Alac24Bit96k_TakesRateAboveSampleEntryLimitFromCookie()
    {
        var path = files.Encode("hires-alac.m4a", ["-c:a", "alac", "-sample_fmt", "s32p"], seconds: 2, sampleRate: 96000, channels: 1);

        var metadata = _reader.Read(path);

        Assert.Equal((24, 96000, 1), (metadata.BitDepth, metadata.SampleRate, metadata.Channels));
        TagFiles.AssertDuration(2000, metadata);
    }

    [Fact]
    public void Read_MultiMegabyteFileWithLargeCover_TouchesFewBytes()
    {
        Assert.True(new FileInfo(Large).Length > 2_000_000);

        var touched = _reader.BytesTouched(Large);

        Assert.InRange(touched, 1, 64 * 1024);
        var metadata = _reader.Read(Large);
        TagFiles.AssertStandardTags(metadata);
        Assert.Equal(new FileInfo(files.LargeCover).Length, metadata.Picture!.Length);
    }

    [Fact]
    public void Read_FreeformMusicBrainzAtoms_MapToIdentifiers()
    {
        var bytes = (byte[])[
            .. Ftyp(),
            .. Moov(1000, 180_000, 44100, 2, 256_000, Meta(true,
                Text("©nam", "Freeform"),
                Text("©ART", "One", "Two"),
                Box("trkn", Data(0, [0, 0, 0, 7, 0, 9, 0, 0])),
                Box("disk", Data(0, [0, 0, 0, 2, 0, 3])),
                Box("cpil", Data(21, [1])),
                Box("tmpo", Data(21, [0, 128])),
                Box("gnre", Data(0, [0, 18])),
                Freeform("MusicBrainz Album Id", "a1b2c3d4-0000-4000-8000-000000000001"),
                Freeform("MusicBrainz Track Id", "a1b2c3d4-0000-4000-8000-000000000002"),
                Freeform("MusicBrainz Release Track Id", "a1b2c3d4-0000-4000-8000-000000000003"),
                Freeform("MusicBrainz Artist Id", "a1b2c3d4-0000-4000-8000-000000000004"),
                Freeform("ISRC", "USRC17607839"),
                Freeform("replaygain_track_gain", "-6.48 dB"))),
            .. Mdat(1000),
        ];

        var metadata = _reader.Read(bytes);

        Assert.Equal("Freeform", metadata.Title);
        Assert.Equal(["One", "Two"], metadata.Artists);
        Assert.Equal((7, 9, 2, 3), (metadata.TrackNumber, metadata.TrackTotal, metadata.DiscNumber, metadata.DiscTotal));
        Assert.True(metadata.Compilation);
        Assert.Equal(128, metadata.Bpm);
        Assert.Equal(["Rock"], metadata.Genres);
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000001", metadata.MusicBrainzReleaseId);
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000002", metadata.MusicBrainzRecordingId);
        Assert.Equal("a1b2c3d4-0000-4000-8000-000000000003", metadata.MusicBrainzTrackId);
        Assert.Equal(["a1b2c3d4-0000-4000-8000-000000000004"], metadata.MusicBrainzArtistIds);
        Assert.Equal("USRC17607839", metadata.Isrc);
        Assert.Equal(-6.48, metadata.ReplayGainTrackGain);
        Assert.Equal((180_000L, 256, 44100, 2), (metadata.DurationMs!.Value, metadata.Bitrate!.Value, metadata.SampleRate!.Value, metadata.Channels!.Value));
    }

    [Fact]
    public void Read_MoovAfterLargeMdat_SeeksOverAudio()
    {
        var path = Path.Combine(files.Folder, "moov-last.m4a");
        File.WriteAllBytes(path, [.. Ftyp(), .. Mdat(8_000_000), .. Moov(44100, 100 * 44100, 44100, 2, 0, Meta(true, Text("©alb", "Late")))]);

        var touched = _reader.BytesTouched(path);
        var metadata = _reader.Read(path);

        Assert.InRange(touched, 1, 32 * 1024);
        Assert.Equal("Late", metadata.Album);
        Assert.Equal(640, metadata.Bitrate);
    }

    [Fact]
    public void Read_LargeSizeMdatBeforeMoov_FollowsSixtyFourBitSize()
    {
        var bytes = (byte[])[.. Ftyp(), .. LargeMdat(5000), .. Moov(1000, 1000, 48000, 1, 0, Meta(true, Text("©nam", "After largesize")))];

        var metadata = _reader.Read(bytes);

        Assert.Equal("After largesize", metadata.Title);
        Assert.Equal(40, metadata.Bitrate);
    }

    [Fact]
    public void Read_MvhdVersion1AndSizeZeroMdat_ReadsDurationAndBitrate()
    {
        var moov = Box("moov", MvhdVersion1(48000, 48000L * 4), SoundTrack(48000, 48000L * 4, 2, 0), Box("udta", Meta(true, Text("©nam", "v1"))));

        var metadata = _reader.Read([.. Ftyp(), .. moov, .. MdatToEnd(20_000)]);

        Assert.Equal(("v1", 4000L, 40), (metadata.Title, metadata.DurationMs!.Value, metadata.Bitrate!.Value));
    }

    [Fact]
    public void Read_SeveralCovers_TakesTheFirstAsFrontCover()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9];
        var covers = Box("covr", Data(13, jpeg), Data(14, png));
        var bytes = (byte[])[.. Ftyp(), .. Moov(1000, 1000, 44100, 2, 0, Meta(true, covers)), .. Mdat(10)];

        var picture = _reader.Read(bytes, TagReadOptions.WithPictures).Picture;

        Assert.Equal(("image/jpeg", true, (long)jpeg.Length), (picture!.MimeType, picture.IsFrontCover, picture.Length));
        Assert.Equal(jpeg, picture.Data);
    }

    [Fact]
    public void Read_MetaWithoutVersionAndFlags_StillFindsItems()
    {
        var bytes = (byte[])[.. Ftyp(), .. Moov(1000, 1000, 48000, 1, 96_000, Meta(false, Text("©nam", "QuickTime style"))), .. Mdat(10)];

        Assert.Equal("QuickTime style", _reader.Read(bytes).Title);
    }

    [Fact]
    public void Read_NoSoundTrack_ThrowsWithReason()
    {
        var moov = Box("moov", FullBox("mvhd", U32(0), U32(0), U32(1000), U32(1000), new byte[80]));

        var error = Assert.Throws<TagReadException>(() => _reader.Read([.. Ftyp(), .. moov]));

        Assert.Contains("no sound track", error.Message);
    }

    [Fact]
    public void Read_FileCutBeforeMoov_ThrowsTruncated()
    {
        var path = files.Variant("cut.m4a", Aac, keepBytes: new FileInfo(Aac).Length / 2);

        var error = Assert.Throws<TagReadException>(() => _reader.Read(path));

        Assert.StartsWith("truncated MP4: 'mdat' box", error.Message);
    }

    [Fact]
    public void Read_FileCutInsideMoov_ThrowsTruncated()
    {
        var path = files.Variant("cut-faststart.m4a", FastStart, keepBytes: 600);

        var error = Assert.Throws<TagReadException>(() => _reader.Read(path));

        Assert.StartsWith("truncated MP4: 'moov' box", error.Message);
    }

    [Fact]
    public void Read_ChildBoxPastParent_ThrowsCorrupt()
    {
        var moov = Moov(1000, 1000, 48000, 1, 0, Meta(true, Text("©nam", "x")));
        moov[10] = 0xFF; // mvhd now claims more bytes than moov holds

        var error = Assert.Throws<TagReadException>(() => _reader.Read([.. Ftyp(), .. moov]));

        Assert.Contains("'mvhd' box at offset", error.Message);
    }

    [Fact]
    public void Read_ZeroByteFile_ThrowsEmpty()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read([]));

        Assert.StartsWith("empty file", error.Message);
    }

    [Fact]
    public void Read_NotMp4_ThrowsWithReason()
    {
        var error = Assert.Throws<TagReadException>(() => _reader.Read("OggS\0\u0002\0\0\0\0\0\0\0\0\0\0"u8.ToArray()));

        Assert.StartsWith("not an MP4 file", error.Message);
    }

    [Fact]
    public void Recognises_FtypAtOffsetFour()
    {
        Assert.True(_reader.Recognises([0, 0, 0, 0x20, .. "ftypM4A "u8]));
        Assert.False(_reader.Recognises("fLaC\0\0\0\x22\0\0\0\0"u8));
    }

    [Fact]
    public void Read_DamagedCopies_FailOnlyWithTagReadException()
    {
        Robustness.AssertOnlyTagReadExceptions(_reader, File.ReadAllBytes(FastStart), headerRegion: 3000);
    }
}
