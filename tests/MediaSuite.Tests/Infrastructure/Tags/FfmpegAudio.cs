using System.Diagnostics;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>
/// Makes real audio files with the system ffmpeg in a temporary folder that lives as long as the
/// test class fixture holding it. Inputs are lavfi sources, so no media is checked in.
/// </summary>
public sealed class FfmpegAudio : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "tags-" + Guid.NewGuid().ToString("N"));

    public FfmpegAudio() => Directory.CreateDirectory(Folder);

    /// <summary>A sine tone of the given length as an ffmpeg input.</summary>
    public static string[] Tone(double seconds, int sampleRate = 44100) =>
        ["-f", "lavfi", "-i", FormattableString.Invariant($"sine=frequency=440:sample_rate={sampleRate}:duration={seconds}")];

    /// <summary>"-metadata key=value" for each pair.</summary>
    public static string[] Metadata(params (string Key, string Value)[] tags) =>
        tags.SelectMany(t => new[] { "-metadata", $"{t.Key}={t.Value}" }).ToArray();

    /// <summary>Runs ffmpeg with the arguments and the file name as its output; returns the file's path.</summary>
    public string Make(string fileName, params string[][] argumentGroups)
    {
        var output = Path.Combine(Folder, fileName);
        var start = new ProcessStartInfo("/usr/bin/ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-v", "error", "-nostdin", "-y" }.Concat(argumentGroups.SelectMany(g => g)).Append(output))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        stdout.Wait();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg failed making {fileName}: {errors}");
        return output;
    }

    /// <summary>A small test-pattern picture (PNG or JPEG by extension) to attach as cover art.</summary>
    public string Picture(string fileName, int size = 64) =>
        Make(fileName, ["-f", "lavfi", "-i", $"testsrc=size={size}x{size}:duration=1", "-frames:v", "1"]);

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
