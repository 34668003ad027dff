using System.Diagnostics;

namespace MediaSuite.Benchmarks;

internal static class Shell
{
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (environment is not null) foreach (var (k, v) in environment) start.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error, clock.Elapsed);
    }

    public static async Task<Result> CheckAsync(string program, params string[] arguments)
    {
        var result = await RunAsync(program, arguments);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Error}");
        return result;
    }
}
