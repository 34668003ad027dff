using System.Diagnostics;
using MediaSuite.Infrastructure.Media.Ffprobe;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Media.Ffprobe;

public sealed class FfprobeRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static FfprobeRunner Runner(TimeSpan? timeout = null, string executable = "ffprobe") =>
        new(Options.Create(new FfprobeOptions { ExecutablePath = executable, Timeout = timeout ?? TimeSpan.FromSeconds(30) }));

    private string SmallVideo(string name)
    {
        var path = _folder.File(name);
        MediaTools.Ffmpeg("-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=0.5", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4", path);
        return path;
    }

    [Fact]
    public async Task ProbeAsync_Mp4_ParsesFormatAndStreams()
    {
        var output = await Runner().ProbeAsync(SmallVideo("clip.mp4"));

        Assert.Equal("mov,mp4,m4a,3gp,3g2,mj2", output.Format?.FormatName);
        Assert.InRange(output.Format!.Duration!.Value, 0.4, 0.6);
        var video = Assert.Single(output.Streams);
        Assert.Equal(("video", "h264", 64, 48), (video.CodecType, video.CodecName, video.Width, video.Height));
        Assert.Equal("10/1", video.AvgFrameRate);
    }

    [Theory]
    [InlineData("clip with spaces.mp4")]
    [InlineData("it's \"quoted\" & $HOME; `x`.mp4")]
    [InlineData("vidéo 日本語 ünïcode.mp4")]
    [InlineData("-starts-with-dash.mp4")]
    [InlineData("http:looks-like-a-url.mp4")]
    public async Task ProbeAsync_AwkwardFileName_ReadsTheFile(string name)
    {
        var output = await Runner().ProbeAsync(SmallVideo(name));

        Assert.Equal("h264", Assert.Single(output.Streams).CodecName);
    }

    [Fact]
    public async Task ProbeAsync_TextFile_ThrowsWithFfprobesMessage()
    {
        var path = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(path, "this is not a video at all\n");

        var error = await Assert.ThrowsAsync<MediaProbeException>(() => Runner().ProbeAsync(path));

        Assert.Contains("Invalid data found when processing input", error.Message);
        Assert.Contains("Invalid data found when processing input", error.StandardError);
        Assert.Contains("notes.mp4", error.Message);
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public async Task ProbeAsync_MissingFile_ThrowsNoSuchFile()
    {
        var error = await Assert.ThrowsAsync<MediaProbeException>(() => Runner().ProbeAsync(_folder.File("gone.mkv")));

        Assert.Contains("No such file or directory", error.Message);
    }

    [Fact]
    public async Task ProbeAsync_ExecutableMissing_ThrowsNamingIt()
    {
        var error = await Assert.ThrowsAsync<MediaProbeException>(() => Runner(executable: "/nonexistent/ffprobe").ProbeAsync(SmallVideo("a.mp4")));

        Assert.Contains("/nonexistent/ffprobe", error.Message);
    }

    [Fact]
    public async Task ProbeAsync_OutputIsNotJson_ThrowsSayingSo()
    {
        // echo exits 0 and prints its arguments: a stand-in for an ffprobe that prints something else.
        var error = await Assert.ThrowsAsync<MediaProbeException>(() => Runner(executable: "echo").ProbeAsync(SmallVideo("b.mp4")));

        Assert.Contains("not its JSON", error.Message);
        Assert.Contains("-print_format json", error.Message);
    }

    // A FIFO with no writer makes ffprobe block in open() for ever: a real hang that does not depend on timing.
    private string Fifo()
    {
        var path = _folder.File($"never-written-{Guid.NewGuid():N}.mp4");
        MediaTools.Run("mkfifo", path);
        return path;
    }

    [Fact]
    public async Task ProbeAsync_FfprobeHangs_TimesOutAndKillsIt()
    {
        var fifo = Fifo();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MediaProbeException>(() => Runner(TimeSpan.FromMilliseconds(300)).ProbeAsync(fifo));

        Assert.Contains("did not finish within 0.3 s", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Empty(ProcessesReading(fifo));
    }

    [Fact]
    public async Task ProbeAsync_Cancelled_ThrowsCancelledAndKillsIt()
    {
        var fifo = Fifo();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().ProbeAsync(fifo, cancel.Token));

        Assert.Empty(ProcessesReading(fifo));
    }

    /// <summary>Processes whose command line names the path (ffprobe would if it had survived).</summary>
    private static List<int> ProcessesReading(string path) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Id: int.TryParse(Path.GetFileName(d), out var id) ? id : 0, Dir: d))
            .Where(p => p.Id > 0 && CommandLine(p.Dir).Contains(path, StringComparison.Ordinal))
            .Select(p => p.Id)
            .ToList();

    private static string CommandLine(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
