using MediaSuite.Infrastructure.Media;
using MediaSuite.Infrastructure.Media.Ffprobe;

namespace MediaSuite.Tests.Infrastructure.Media;

/// <summary>Tag spellings ffprobe passes through from files no local encoder writes (Picard's APE and WMA tags, ID3 in raw streams).</summary>
public sealed class AudioProbeTagsTests
{
    private sealed class FakeFfprobe(string json) : IFfprobe
    {
        public Task<FfprobeOutput> ProbeAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult(FfprobeOutput.Parse(json));
    }

    private static Task<MediaSuite.Domain.Library.AudioMetadata> Probe(string formatTags, string streamTags = "{}") =>
        new AudioProbe(new FakeFfprobe($$"""
            { "streams": [ { "codec_type": "audio", "codec_name": "ape", "sample_rate": "48000", "channels": 2, "bits_per_raw_sample": "24", "tags": {{streamTags}} } ],
              "format": { "format_name": "ape", "duration": "180.5", "bit_rate": "900000", "tags": {{formatTags}} } }
            """)).ProbeAsync("x.ape");

    [Fact]
    public async Task ProbeAsync_PicardWmaNames_MapToMusicBrainzFields()
    {
        var audio = await Probe("""
            { "WM/Year": "2004", "MusicBrainz/Album Id": "album-id", "MusicBrainz/Track Id": "recording-id",
              "MusicBrainz/Release Group Id": "group-id", "MusicBrainz/Album Artist Id": "aa-id", "WM/ISRC": "GBAYE0400001",
              "WM/BeatsPerMinute": "128", "WM/PartOfSet": "2/3", "Author": "Someone" }
            """);

        Assert.Equal(("album-id", "recording-id", "group-id"), (audio.MusicBrainzReleaseId, audio.MusicBrainzRecordingId, audio.MusicBrainzReleaseGroupId));
        Assert.Equal(["aa-id"], audio.MusicBrainzAlbumArtistIds);
        Assert.Equal(("GBAYE0400001", 128.0, 2, 3), (audio.Isrc, audio.Bpm, audio.DiscNumber, audio.DiscTotal));
        Assert.Equal(("2004", 2004), (audio.Date, audio.Year));
        Assert.Equal(["Someone"], audio.Artists);
    }

    [Fact]
    public async Task ProbeAsync_ApeMixedCaseKeys_MapLikeVorbis()
    {
        var audio = await Probe("""
            { "Title": "T", "Artist": "A; B", "Album Artist": "AA", "Track": "7", "Year": "1999", "Genre": "Jazz",
              "MUSICBRAINZ_ALBUMID": "vorbis-album", "REPLAYGAIN_TRACK_GAIN": "-6.50 dB", "Unsynced Lyrics": "la la", "lyrics-eng": "ignored second" }
            """);

        Assert.Equal(("T", "AA", 7, "1999"), (audio.Title, audio.AlbumArtists.Single(), audio.TrackNumber, audio.Date));
        Assert.Equal(["A", "B"], audio.Artists);
        Assert.Equal(("vorbis-album", -6.5, "la la"), (audio.MusicBrainzReleaseId, audio.ReplayGainTrackGain, audio.Lyrics));
        Assert.Equal(("ape", true, 24, 48000, 180500L, 900), (audio.Codec, audio.Lossless, audio.BitDepth, audio.SampleRate, audio.DurationMs, audio.Bitrate));
    }

    [Fact]
    public async Task ProbeAsync_StreamTags_FillInButFormatTagsWin()
    {
        var audio = await Probe("""{ "title": "From format" }""", """{ "TITLE": "From stream", "ARTIST": "Stream artist" }""");

        Assert.Equal("From format", audio.Title);
        Assert.Equal(["Stream artist"], audio.Artists);
    }
}
