namespace MediaSuite.Infrastructure.Media.Ffprobe;

/// <summary>
/// ffprobe could not describe a file: it failed, timed out, or printed something that is not its
/// JSON. The message is a sentence for the problems list; StandardError is ffprobe's own words.
/// </summary>
public sealed class MediaProbeException(string message, string path, string? standardError = null, int? exitCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Path { get; } = path;
    public string? StandardError { get; } = standardError;
    public int? ExitCode { get; } = exitCode;
}
