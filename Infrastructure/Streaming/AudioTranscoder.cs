using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using MediaSuite.Infrastructure.Media.Ffmpeg;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Streaming;

/// <summary>ffmpeg could not turn a file into something playable before any output was written.</summary>
public sealed class TranscodeFailedException(string message) : Exception(message);

/// <summary>
/// Turns a file a browser cannot play (ALAC, WMA, APE, WavPack ...) into Opus in Ogg, written to
/// the destination as ffmpeg produces it: no temporary file, so playback starts at once, and
/// nothing to seek in (the output has no length until it ends).
/// </summary>
public sealed partial class AudioTranscoder(IOptions<FfmpegOptions> ffmpeg, IOptions<StreamingOptions> streaming, ILogger<AudioTranscoder> logger)
{
    private const int ChunkSize = 32 * 1024;

    /// <summary>
    /// Cancelling (the listener left) stops ffmpeg at once rather than letting it finish a track
    /// nobody hears. Throws <see cref="TranscodeFailedException"/> only while nothing has been written.
    /// </summary>
    public async Task TranscodeAsync(string path, Stream destination, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(ffmpeg.Value.ExecutablePath, path, streaming.Value.TranscodeBitrateKbps) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            LogNotStarted(ffmpeg.Value.ExecutablePath, e.Message);
            throw new TranscodeFailedException("This track needs converting for the browser, and the server's ffmpeg could not be started; the server log says why.");
        }

        // Drained from the start: ffmpeg blocked on a full stderr pipe would never produce more audio.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        long written = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var output = process.StandardOutput.BaseStream;
            int read;
            while ((read = await output.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                // Each chunk goes out now: what the listener has buffered is what lets playback start.
                await destination.FlushAsync(cancellationToken);
                written += read;
            }
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode == 0) return;
            var reason = (await errors).Trim() is { Length: > 0 } text ? text : "no message";
            LogFailed(path, written, process.ExitCode, reason);
            if (written == 0) throw new TranscodeFailedException("This track could not be converted into a format the browser plays; the server log has ffmpeg's reason.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!process.HasExited)
            {
                Stop(process);
                LogStopped(path, written);
            }
            await process.WaitForExitAsync(CancellationToken.None);
            await errors;
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    private static ProcessStartInfo StartInfo(string executable, string path, int bitrateKbps)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // One argv entry each, so no file name needs quoting; "file:" and the whitelist keep a name
        // like "http:x" or "-x" from being read as a protocol or an option.
        string[] arguments =
        [
            "-nostdin", "-hide_banner", "-v", "error", "-protocol_whitelist", "file",
            "-i", "file:" + Path.GetFullPath(path),
            "-map", "0:a:0", "-vn", "-sn", "-dn",
            "-c:a", "libopus", "-b:a", bitrateKbps.ToString(CultureInfo.InvariantCulture) + "k",
            "-f", "ogg", "pipe:1",
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "ffmpeg could not be started as '{Executable}': {Reason}. Set MediaSuite:Ffmpeg:ExecutablePath.")]
    private partial void LogNotStarted(string executable, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Transcoding {Path} stopped after {Bytes} bytes: the listener left")]
    private partial void LogStopped(string path, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcoding {Path} failed after {Bytes} bytes (exit code {ExitCode}): {Reason}")]
    private partial void LogFailed(string path, long bytes, int exitCode, string reason);
}
