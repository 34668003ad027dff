using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaSuite.Tests.Infrastructure.Artwork;

/// <summary>What an encoded image is, checked independently of the code under test: magic bytes, and vipsheader for the decoded size.</summary>
public static partial class ImageHeader
{
    public static bool IsJpeg(byte[] image) => image is [0xFF, 0xD8, 0xFF, ..];

    public static bool IsWebP(byte[] image) =>
        image.Length >= 12 && image.AsSpan(0, 4).SequenceEqual("RIFF"u8) && image.AsSpan(8, 4).SequenceEqual("WEBP"u8);

    public static async Task<(int Width, int Height)> SizeAsync(byte[] image)
    {
        var path = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "header-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, image);
        try
        {
            return await SizeAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<(int Width, int Height)> SizeAsync(string path)
    {
        var start = new ProcessStartInfo("vipsheader") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"vipsheader could not read the image: {await error}");
        // "/tmp/x: 300x225 uchar, 3 bands, srgb, jpegload"
        var match = SizePattern().Match(output);
        if (!match.Success) throw new InvalidOperationException($"vipsheader printed no size: {output}");
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@": (\d+)x(\d+) ")]
    private static partial Regex SizePattern();
}
