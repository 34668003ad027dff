using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Media;

public sealed class AudioProbeTests(AudioFiles files) : IClassFixture<AudioFiles>
{
    private readonly AudioProbe _probe = new(new FfprobeRunner(Options.Create(new FfprobeOptions())));

    private static void AssertTags(AudioMetadata audio)
    {
        Assert.Equal("Song Title", audio.Title);
        Assert.Equal(["First Artist"], audio.Artists);
        Assert.Equal(["Album Artist"], audio.AlbumArtists);
        Assert.Equal("The Album", audio.Album);
        Assert.Equal((3, 12, 1, 2), (audio.TrackNumber, audio.TrackTotal, audio.DiscNumber, audio.DiscTotal));
        Assert.Equal(("2019-05-17", 2019), (audio.Date, audio.Year));
        Assert.Equal(["Rock"], audio.Genres);
        Assert.Equal(["Composer Name"], audio.Composers);
        Assert.True(audio.Compilation);
        Assert.Equal("8c5f7d3a-3ef6-4f62-9c4e-2f3a1b5c6d7e", audio.MusicBrainzReleaseId);
        Assert.Equal(["1f9df192-a621-4f54-8850-2c5373b7eac9"], audio.MusicBrainzArtistIds);
        Assert.Equal("ffprobe", audio.Container);
    }

    [Fact]
    public async Task ProbeAsync_WavPack_ReadsApeTagsAndLosslessStream()
    {
        var audio = await _probe.ProbeAsync(files.WavPack);

        AssertTags(audio);
        Assert.Equal(("wavpack", true, 44100, 2, 16), (audio.Codec, audio.Lossless, audio.SampleRate, audio.Channels, audio.BitDepth));
        Assert.InRange(audio.DurationMs!.Value, 990, 1010);
        Assert.NotNull(audio.Bitrate);
    }

    [Fact]
    public async Task ProbeAsync_MatroskaAudio_ReadsUpperCaseAndUnderscoredKeys()
    {
        var audio = await _probe.ProbeAsync(files.Matroska);

        AssertTags(audio);
        Assert.Equal(("vorbis", false, (int?)null), (audio.Codec, audio.Lossless, audio.BitDepth));
        Assert.Equal((44100, 2), (audio.SampleRate, audio.Channels));
    }

    [Fact]
    public async Task ProbeAsync_Wma_ReadsAsfTagsAndBitrate()
    {
        var audio = await _probe.ProbeAsync(files.Wma);

        AssertTags(audio);
        Assert.Equal(("wmav2", false, 128), (audio.Codec, audio.Lossless, audio.Bitrate));
        Assert.Null(audio.BitDepth);
    }

    [Fact]
    public async Task ProbeAsync_YearOnly_StandsInForTheDate()
    {
        var audio = await _probe.ProbeAsync(files.TrueAudio);

        Assert.Equal(("Old", "2001", 2001), (audio.Title, audio.Date, audio.Year));
        // TTA stores 32-bit input as 24-bit samples, and ffprobe reports what is stored.
        Assert.Equal(("tta", true, 24), (audio.Codec, audio.Lossless, audio.BitDepth));
    }

    [Fact]
    public async Task ProbeAsync_Pcm_IsPcmWithItsDepth()
    {
        var audio = await _probe.ProbeAsync(files.PcmMatroska);

        Assert.Equal(("pcm", true, 24), (audio.Codec, audio.Lossless, audio.BitDepth));
        // 44.1 kHz × 2 × 24 bits is 2117 kbit/s; Matroska gives only the file's average, overhead included.
        Assert.InRange(audio.Bitrate!.Value, 2100, 2200);
    }

    [Fact]
    public async Task ProbeAsync_RawAc3WithoutTags_HasStreamFactsOnly()
    {
        var audio = await _probe.ProbeAsync(files.RawAc3);

        Assert.Equal(("ac3", false, 192, 2), (audio.Codec, audio.Lossless, audio.Bitrate, audio.Channels));
        Assert.Null(audio.Title);
        Assert.Empty(audio.Artists);
    }

    [Fact]
    public async Task ProbeAsync_NoAudioStream_Throws()
    {
        var error = await Assert.ThrowsAsync<MediaProbeException>(() => _probe.ProbeAsync(files.Silent));

        Assert.Contains("no audio stream", error.Message);
    }

    [Theory]
    [InlineData("flac", true)]
    [InlineData("alac", true)]
    [InlineData("ape", true)]
    [InlineData("wavpack", true)]
    [InlineData("tta", true)]
    [InlineData("pcm_s16le", true)]
    [InlineData("pcm_f32be", true)]
    [InlineData("wmalossless", true)]
    [InlineData("mlp", true)]
    [InlineData("truehd", true)]
    [InlineData("dsd_lsbf_planar", true)]
    [InlineData("aac", false)]
    [InlineData("mp3", false)]
    [InlineData("wmav2", false)]
    [InlineData("wmapro", false)]
    [InlineData("ac3", false)]
    [InlineData("dts", false)]
    [InlineData(null, false)]
    public void IsLossless_ByCodec(string? codec, bool lossless) => Assert.Equal(lossless, AudioProbe.IsLossless(codec));

    [Theory]
    [InlineData("pcm_s24le", "pcm")]
    [InlineData("dsd_msbf", "dsd")]
    [InlineData("wmav2", "wmav2")]
    [InlineData("", null)]
    public void CodecName_Normalised(string codec, string? expected) => Assert.Equal(expected, AudioProbe.CodecName(codec));
}
