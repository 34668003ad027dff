using System.Diagnostics;
using System.Globalization;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>An independent opinion on a file's stream, from the system ffprobe.</summary>
public static class FfprobeFacts
{
    /// <summary>One numeric entry of the first audio stream ("bit_rate", "sample_rate" ...).</summary>
    public static double AudioStream(string path, string entry)
    {
        var start = new ProcessStartInfo("/usr/bin/ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-v", "error", "-select_streams", "a:0", "-show_entries", "stream=" + entry, "-of", "default=nw=1:nk=1", path })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }
}
