using System.Diagnostics;

namespace MediaSuite.Infrastructure.Media;

/// <summary>What every external tool runner (ffprobe, vips) does when it gives up on a process.</summary>
internal static class ChildProcess
{
    /// <summary>Kills the process tree, waits for it, and drains its output readers so nothing is left behind.</summary>
    public static async Task StopAsync(Process process, Task<string> standardOutput, Task<string> standardError)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the deadline and the kill.
        }
        await process.WaitForExitAsync(CancellationToken.None);
        await Task.WhenAll(standardOutput, standardError);
    }
}
