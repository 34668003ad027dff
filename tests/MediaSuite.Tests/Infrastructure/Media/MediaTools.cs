using System.Diagnostics;

namespace MediaSuite.Tests.Infrastructure.Media;

/// <summary>Runs the real ffmpeg, vips and exiftool to make test files; a failure shows the tool's own message.</summary>
internal static class MediaTools
{
    public static void Ffmpeg(params string[] arguments) => Run("ffmpeg", ["-v", "error", "-nostdin", "-y", .. arguments]);

    public static void Vips(params string[] arguments) => Run("vips", arguments);

    /// <summary>One exiftool process for many files: each entry is a file and the tag assignments to write into it.</summary>
    public static void Exiftool(string folder, params (string File, string[] Tags)[] edits)
    {
        var lines = new List<string>();
        foreach (var (file, tags) in edits)
        {
            lines.AddRange(["-q", "-m", "-overwrite_original", .. tags, file, "-execute"]);
        }
        var argumentFile = Path.Combine(folder, $"exiftool-{Guid.NewGuid():N}.args");
        File.WriteAllLines(argumentFile, lines);
        Run("exiftool", ["-@", argumentFile]);
    }

    public static string Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result}");
        return output.Result;
    }
}

/// <summary>A temporary folder for one test class's generated files, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mediasuite-media-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
