using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Mp3;

namespace MediaSuite.Tests.Infrastructure.Tags.Mp3;

/// <summary>A 2.5-minute MP3 with a cover picture bigger than the read budget.</summary>
public sealed class LargeMp3File : IDisposable
{
    private readonly FfmpegAudio _ffmpeg = new();

    public LargeMp3File()
    {
        Cover = _ffmpeg.Make("noise.png", ["-f", "lavfi", "-i", "nullsrc=s=600x600,geq=random(1)*255:128:128", "-frames:v", "1"]);
        Path = _ffmpeg.Make("large.mp3", FfmpegAudio.Tone(150), ["-i", Cover, "-map", "0:a", "-map", "1", "-c:v", "copy",
            "-metadata:s:v", "comment=Cover (front)", "-ac", "2", "-c:a", "libmp3lame", "-b:a", "128k"], FfmpegAudio.Metadata(("title", "Long")));
    }

    public string Cover { get; }
    public string Path { get; }

    public void Dispose() => _ffmpeg.Dispose();
}

public sealed class Mp3ReadCostTests(LargeMp3File file) : IClassFixture<LargeMp3File>
{
    private const int Budget = 256 * 1024;

    [Fact]
    public void Read_LargeFileWithBigCover_ReadsOnlyHeadersAndTail()
    {
        Assert.True(new FileInfo(file.Path).Length > 2_000_000, "the file should be large");
        Assert.True(new FileInfo(file.Cover).Length > Budget, "the cover alone should exceed the budget");
        using var stream = new CountingStream(File.OpenRead(file.Path));

        var meta = new Mp3TagReader().Read(stream, TagReadOptions.Scan);

        Assert.Equal("Long", meta.Title);
        Assert.Equal(new FileInfo(file.Cover).Length, meta.Picture?.Length);
        Assert.InRange(meta.DurationMs!.Value, 149_990, 150_010);
        Assert.True(stream.BytesRead < 16 * 1024, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Read_WithPictures_ReadsTheCoverButNotTheAudio()
    {
        using var stream = new CountingStream(File.OpenRead(file.Path));

        var meta = new Mp3TagReader().Read(stream, TagReadOptions.WithPictures);

        Assert.Equal(File.ReadAllBytes(file.Cover), meta.Picture?.Data);
        Assert.True(stream.BytesRead < new FileInfo(file.Cover).Length + Budget, $"read {stream.BytesRead} bytes");
    }
}
