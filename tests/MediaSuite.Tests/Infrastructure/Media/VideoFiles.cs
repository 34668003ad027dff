namespace MediaSuite.Tests.Infrastructure.Media;

/// <summary>The videos VideoProbeTests reads, made once per test class with the real ffmpeg (and exiftool for rotation).</summary>
public sealed class VideoFiles : IDisposable
{
    private readonly TempFolder _folder = new();

    public VideoFiles()
    {
        string[] testsrc = ["-f", "lavfi", "-i", "testsrc=size=320x240:rate=30000/1001:duration=2", "-f", "lavfi", "-i", "sine=frequency=440:duration=2"];
        string[] h264 = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"];
        MediaTools.Ffmpeg([.. testsrc, .. h264, "-c:a", "aac", "-shortest",
            "-metadata", "title=Holiday clip", "-metadata", "creation_time=2023-07-14T16:30:05Z",
            "-metadata", "location=+48.8583+002.2945+035.000/", Mp4]);
        MediaTools.Ffmpeg([.. testsrc, "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k", "-c:a", "libopus", "-shortest", "-metadata", "title=Web", WebM]);
        MediaTools.Ffmpeg(["-f", "lavfi", "-i", "testsrc=size=160x120:rate=24000/1001:duration=1", "-f", "lavfi", "-i", "sine=duration=1",
            .. h264, "-c:a", "libvorbis", "-shortest", "-metadata", "creation_time=2021-01-02T03:04:05Z", Mkv]);
        MediaTools.Ffmpeg(["-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac", AudioOnly]);

        // A frame with a red square in its top-left corner, to see where a player puts that corner.
        MediaTools.Ffmpeg(["-f", "lavfi", "-i", "color=black:size=320x240:rate=10:duration=0.3", "-vf", "drawbox=x=0:y=0:w=60:h=60:color=red:t=fill", .. h264, Marked]);
        File.Copy(Marked, Rotated90);
        File.Copy(Marked, Rotated270);
        // exiftool's QuickTime Rotation is documented as clockwise, and writes the track's display matrix.
        MediaTools.Exiftool(_folder.Path, (Rotated90, ["-Rotation=90"]), (Rotated270, ["-Rotation=270"]));
    }

    public string Mp4 => _folder.File("holiday.mp4");
    public string WebM => _folder.File("web.webm");
    public string Mkv => _folder.File("film.mkv");
    public string AudioOnly => _folder.File("only-sound.m4a");
    public string Marked => _folder.File("marked.mp4");
    public string Rotated90 => _folder.File("rotated-90.mp4");
    public string Rotated270 => _folder.File("rotated-270.mp4");
    public string Folder => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
