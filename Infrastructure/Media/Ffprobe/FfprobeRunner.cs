using MediaSuite.Infrastructure.Media;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>Runs the ffprobe CLI once per file and parses its JSON.</summary>
public sealed class FfprobeRunner(IOptions<FfprobeOptions> options) : IFfprobe
{
    public async Task<FfprobeOutput> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        using var process = new Process { StartInfo = StartInfo(settings.ExecutablePath, path) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new MediaProbeException($"ffprobe could not be started as '{settings.ExecutablePath}': {e.Message}", path, inner: e);
        }

        // Both pipes are drained from the start: a process blocked on a full stderr pipe never exits.
        var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await ChildProcess.StopAsync(process, standardOutput, standardError);
            cancellationToken.ThrowIfCancellationRequested();
            throw new MediaProbeException(
                $"ffprobe did not finish within {settings.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s on '{path}' and was stopped",
                path);
        }

        var json = await standardOutput;
        var errors = (await standardError).Trim();
        if (process.ExitCode != 0)
        {
            var reason = errors.Length > 0 ? errors : "no message";
            throw new MediaProbeException($"ffprobe could not read '{path}' (exit code {process.ExitCode}): {reason}", path, errors, process.ExitCode);
        }
        try
        {
            return FfprobeOutput.Parse(json);
        }
        catch (JsonException e)
        {
            var start = json.Length > 80 ? json[..80] + "…" : json;
            throw new MediaProbeException($"ffprobe's output for '{path}' is not its JSON ({e.Message}); it printed: {start.Trim()}", path, errors, process.ExitCode, e);
        }
    }

    private static ProcessStartInfo StartInfo(string executable, string path)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // ArgumentList passes each argument as one argv entry: no quoting, so any file name is safe.
        // "file:" plus an absolute path stops ffmpeg from reading a name like "http:x" or "-x" as a
        // protocol or an option, and the whitelist stops a playlist from pulling in URLs.
        string[] arguments =
        [
            "-v", "error", "-protocol_whitelist", "file",
            "-print_format", "json", "-show_format", "-show_streams",
            "-i", "file:" + Path.GetFullPath(path),
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
