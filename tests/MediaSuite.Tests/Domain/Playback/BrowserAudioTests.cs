using MediaSuite.Domain.Playback;

namespace MediaSuite.Tests.Domain.Playback;

public sealed class BrowserAudioTests
{
    [Theory]
    [InlineData("a/b/song.mp3", "mp3", "audio/mpeg")]
    [InlineData("song.MP3", "mp3", "audio/mpeg")]
    [InlineData("song.m4a", "aac", "audio/mp4")]
    [InlineData("book.m4b", "aac", "audio/mp4")]
    [InlineData("raw.aac", "aac", "audio/aac")]
    [InlineData("song.flac", "flac", "audio/flac")]
    [InlineData("song.ogg", "vorbis", "audio/ogg")]
    [InlineData("song.oga", "vorbis", "audio/ogg")]
    [InlineData("song.opus", "opus", "audio/ogg; codecs=opus")]
    [InlineData("song.ogg", "opus", "audio/ogg; codecs=opus")]
    [InlineData("song.wav", "pcm", "audio/wav")]
    [InlineData("song.flac", "FLAC", "audio/flac")]
    public void Plan_BrowserSafeCodecInItsContainer_IsServedAsItIs(string path, string codec, string contentType) =>
        Assert.Equal(new StreamPlan(Delivery.Direct, contentType), BrowserAudio.Plan(path, codec));

    [Theory]
    [InlineData("song.m4a", "alac")]        // Apple Lossless: Safari only
    [InlineData("song.wma", "wmav2")]
    [InlineData("song.wma", "wmapro")]
    [InlineData("song.wma", "wmalossless")]
    [InlineData("song.ape", "ape")]
    [InlineData("song.wv", "wavpack")]
    [InlineData("song.aiff", "pcm")]        // PCM, but AIFF plays only in Safari
    [InlineData("song.wav", "pcm_float")]
    [InlineData("song.wav", "wav-0x0011")]  // IMA ADPCM
    [InlineData("song.m4a", "mp3")]         // MP3 inside MP4: not every browser demuxes it
    [InlineData("song.ogg", "flac")]        // FLAC in Ogg: not on the browser-safe list
    [InlineData("song.mp2", "mp2")]
    [InlineData("song.mka", "opus")]
    [InlineData("song.dsf", "dsd")]
    [InlineData("song.mp3", null)]          // a codec the scanner could not name
    public void Plan_AnythingElse_IsTranscodedToOggOpus(string path, string? codec) =>
        Assert.Equal(new StreamPlan(Delivery.Transcode, "audio/ogg; codecs=opus"), BrowserAudio.Plan(path, codec));
}
