using System.Diagnostics;
using MediaSuite.Infrastructure.Media.Ffmpeg;
using MediaSuite.Infrastructure.Streaming;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Streaming;

public sealed class AudioTranscoderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "transcode-" + Guid.NewGuid().ToString("N"));

    public AudioTranscoderTests() => Directory.CreateDirectory(_folder);

    private static AudioTranscoder Transcoder(string executable = "ffmpeg") =>
        new(Options.Create(new FfmpegOptions { ExecutablePath = executable }), Options.Create(new StreamingOptions()), NullLogger<AudioTranscoder>.Instance);

    private async Task<string> AlacAsync(string name, string source)
    {
        var path = Path.Combine(_folder, name);
        await AudioFixtures.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", source, "-c:a", "alac", path]);
        return path;
    }

    [Fact]
    public async Task TranscodeAsync_Alac_WritesOggOpusThatStartsWithAnOpusHeader()
    {
        var path = await AlacAsync("tone.m4a", "sine=frequency=440:duration=1");
        using var output = new MemoryStream();

        await Transcoder().TranscodeAsync(path, output, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.Equal("OggS"u8.ToArray(), bytes[..4]);
        Assert.Equal("OpusHead"u8.ToArray(), bytes[28..36]);
    }

    [Fact]
    public async Task TranscodeAsync_ListenerLeaves_StopsFfmpegBeforeReturning()
    {
        // Noise does not compress, so 30 seconds of it is far more Opus than the pipe holds: ffmpeg is
        // still at work when the listener leaves after the first chunk.
        var path = await AlacAsync("noise.m4a", "anoisesrc=d=30:r=8000:a=0.5");
        using var leaving = new CancellationTokenSource();
        var listener = new StalledListener();

        var transcode = Transcoder().TranscodeAsync(path, listener, leaving.Token);
        await listener.FirstWrite.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var ffmpeg = FfmpegReading(path);
        leaving.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcode);
        Assert.False(Directory.Exists($"/proc/{ffmpeg}"), "ffmpeg outlived the listener");
    }

    [Fact]
    public async Task TranscodeAsync_FileFfmpegCannotRead_ThrowsWithASentenceAndWritesNothing()
    {
        var path = Path.Combine(_folder, "broken.m4a");
        await File.WriteAllBytesAsync(path, new byte[4096]);
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<TranscodeFailedException>(() => Transcoder().TranscodeAsync(path, output, CancellationToken.None));

        Assert.Contains("could not be converted", error.Message);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task TranscodeAsync_FfmpegMissing_ThrowsWithASentence()
    {
        var path = await AlacAsync("tone.m4a", "sine=frequency=440:duration=1");

        var error = await Assert.ThrowsAsync<TranscodeFailedException>(
            () => Transcoder("/nonexistent/ffmpeg").TranscodeAsync(path, Stream.Null, CancellationToken.None));

        Assert.Contains("could not be started", error.Message);
    }

    /// <summary>The ffmpeg child of this test process whose command line names the file.</summary>
    private static int FfmpegReading(string path)
    {
        var me = Environment.ProcessId;
        return Process.GetProcessesByName("ffmpeg")
            .Select(p => p.Id)
            .Single(pid => File.ReadAllText($"/proc/{pid}/cmdline").Contains(path)
                && File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ')[2] == me.ToString());
    }

    /// <summary>A listener that takes the first chunk and then stops reading until it leaves.</summary>
    private sealed class StalledListener : MemoryStream
    {
        public TaskCompletionSource FirstWrite { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (FirstWrite.TrySetResult()) return;
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
