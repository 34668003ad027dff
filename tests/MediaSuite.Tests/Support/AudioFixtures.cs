using System.Diagnostics;

namespace MediaSuite.Tests.Support;

/// <summary>Real audio files made by ffmpeg for scanner tests: a one-second tone with the tags asked for.</summary>
public static class AudioFixtures
{
    /// <param name="cover">An image to embed as the front cover (MP3 and FLAC only).</param>
    public static async Task MakeAsync(string path, Dictionary<string, string>? tags = null, double frequency = 440, double seconds = 1, string? cover = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var args = new List<string> { "-v", "error", "-y", "-f", "lavfi", "-i", $"sine=frequency={frequency}:duration={seconds}" };
        if (cover is not null)
        {
            if (Path.GetExtension(path).ToLowerInvariant() is not (".mp3" or ".flac")) throw new ArgumentException($"no cover recipe for {path}");
            args.AddRange(["-i", cover, "-map", "0:a", "-map", "1:v", "-c:v", "copy", "-disposition:v", "attached_pic", "-metadata:s:v", "comment=Cover (front)"]);
        }
        args.AddRange(Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".mp3" => ["-c:a", "libmp3lame", "-b:a", "64k", "-id3v2_version", "3"],
            ".flac" => ["-c:a", "flac"],
            ".ogg" => ["-c:a", "libvorbis"],
            ".m4a" => ["-c:a", "aac", "-b:a", "64k"],
            ".mp4" => ["-f", "lavfi", "-i", "testsrc=size=64x48:rate=10:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
            _ => throw new ArgumentException($"no recipe for {path}"),
        });
        foreach (var (key, value) in tags ?? new Dictionary<string, string>()) args.AddRange(["-metadata", $"{key}={value}"]);
        args.Add(path);
        await RunAsync("ffmpeg", args);
    }

    /// <summary>A one-colour image (JPEG or PNG by the extension); <paramref name="pattern"/> draws ffmpeg's test card instead.</summary>
    public static async Task MakeJpegAsync(string path, int width = 64, int height = 48, bool pattern = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var source = pattern ? $"testsrc=size={width}x{height}" : $"color=c=blue:size={width}x{height}";
        await RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", source, "-frames:v", "1", path]);
    }

    public static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {await error}");
    }
}
