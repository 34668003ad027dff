namespace MediaSuite.Tests.Infrastructure.Media;

/// <summary>Audio in containers without a reader of their own, tagged by ffmpeg, made once per test class.</summary>
public sealed class AudioFiles : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string[] Tags =
    [
        "-metadata", "title=Song Title", "-metadata", "artist=First Artist", "-metadata", "album_artist=Album Artist",
        "-metadata", "album=The Album", "-metadata", "track=3/12", "-metadata", "disc=1/2", "-metadata", "date=2019-05-17",
        "-metadata", "genre=Rock", "-metadata", "composer=Composer Name", "-metadata", "compilation=1",
        "-metadata", "MusicBrainz Album Id=8c5f7d3a-3ef6-4f62-9c4e-2f3a1b5c6d7e",
        "-metadata", "MUSICBRAINZ_ARTISTID=1f9df192-a621-4f54-8850-2c5373b7eac9",
    ];

    public AudioFiles()
    {
        string[] sine = ["-f", "lavfi", "-i", "sine=frequency=440:duration=1:sample_rate=44100", "-ac", "2"];
        MediaTools.Ffmpeg([.. sine, "-c:a", "wavpack", "-sample_fmt", "s16p", .. Tags, WavPack]);
        MediaTools.Ffmpeg([.. sine, "-c:a", "libvorbis", .. Tags, Matroska]);
        MediaTools.Ffmpeg([.. sine, "-c:a", "wmav2", "-b:a", "128k", .. Tags, Wma]);
        MediaTools.Ffmpeg([.. sine, "-c:a", "tta", "-sample_fmt", "s32", "-metadata", "Year=2001", "-metadata", "title=Old", TrueAudio]);
        MediaTools.Ffmpeg([.. sine, "-c:a", "pcm_s24le", .. Tags, PcmMatroska]);
        MediaTools.Ffmpeg([.. sine, "-c:a", "ac3", "-b:a", "192k", RawAc3]);
        MediaTools.Ffmpeg("-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.5", "-c:v", "libx264", "-preset", "ultrafast", Silent);
    }

    public string WavPack => _folder.File("tagged.wv");
    public string Matroska => _folder.File("tagged.mka");
    public string Wma => _folder.File("tagged.wma");
    public string TrueAudio => _folder.File("year-only.tta");
    public string PcmMatroska => _folder.File("pcm24.mka");
    public string RawAc3 => _folder.File("raw.ac3");
    public string Silent => _folder.File("picture-only.mkv");

    public void Dispose() => _folder.Dispose();
}
