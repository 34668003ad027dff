using MediaSuite.Infrastructure.Media;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MediaSuite.Domain.Artwork;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>
/// Runs `vips thumbnail_source` once per variant. The image goes in on standard input: embedded
/// pictures need no temporary file, and a library path is never parsed by vips (which reads a
/// trailing "[...]" in a file name as load options). JPEG and WebP sources are shrunk while they
/// are decoded, so a 12 MP cover does not have to be decoded in full.
/// </summary>
public sealed class VipsCoverResizer(IOptions<CoverArtOptions> options) : ICoverResizer
{
    public async Task ResizeAsync(Stream image, string outputPath, CoverBox box, CoverFormat format, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var process = new Process { StartInfo = StartInfo(settings, outputPath, box, format) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new CoverUnavailableException($"vips could not be started as '{settings.VipsPath}': {e.Message}", e);
        }

        // Both pipes are drained from the start: a process blocked on a full pipe never exits.
        var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        try
        {
            await FeedAsync(process, image, deadline.Token);
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await ChildProcess.StopAsync(process, standardOutput, standardError);
            cancellationToken.ThrowIfCancellationRequested();
            throw new CoverUnavailableException(
                $"vips did not finish within {settings.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped");
        }

        await standardOutput;
        var errors = (await standardError).Trim();
        if (process.ExitCode != 0)
            throw new CoverUnavailableException($"vips could not make a thumbnail (exit code {process.ExitCode}): {(errors.Length > 0 ? errors : "no message")}");
    }

    internal static ProcessStartInfo StartInfo(CoverArtOptions settings, string outputPath, CoverBox box, CoverFormat format)
    {
        var start = new ProcessStartInfo(settings.VipsPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var quality = settings.Quality.ToString(CultureInfo.InvariantCulture);
        // JPEG has no alpha: a transparent PNG is flattened on white rather than vips' default black.
        var save = format == CoverFormat.Jpeg ? $"[Q={quality},strip,background=255]" : $"[Q={quality},strip]";
        List<string> arguments =
        [
            "thumbnail_source", "[descriptor=0]", outputPath + save,
            box.Width.ToString(CultureInfo.InvariantCulture), "--height", box.Height.ToString(CultureInfo.InvariantCulture),
            "--size", box.DownOnly ? "down" : "both",
        ];
        if (box.Crop) arguments.AddRange(["--crop", "centre"]);
        // ArgumentList passes each argument as one argv entry: no quoting, no shell.
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    private static async Task FeedAsync(Process process, Stream image, CancellationToken cancellationToken)
    {
        var input = process.StandardInput.BaseStream;
        try
        {
            await image.CopyToAsync(input, cancellationToken);
            await input.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // vips closed its input early: it rejected the image, and its exit code and message say why.
        }
        finally
        {
            try { process.StandardInput.Close(); }
            catch (IOException) { /* the same broken pipe, met again while flushing */ }
        }
    }
}
