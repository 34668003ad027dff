using System.Diagnostics;
using MediaSuite.Tests.Support;

namespace MediaSuite.Tests.Infrastructure;

/// <summary>Starts the real server process, as a user would, and reads what it tells them.</summary>
public sealed class ServerStartupTests
{
    [Fact]
    public async Task Start_WithUnwritableDataDirectory_ExitsWithAClearMessage()
    {
        // A path below a regular file can never be created, whoever runs the test (root included).
        var blocker = Path.GetTempFileName();
        var dataDirectory = Path.Combine(blocker, "data");

        var (exitCode, stderr) = await RunServerAsync(dataDirectory);

        Assert.Equal(1, exitCode);
        Assert.Contains($"MediaSuite could not start: MediaSuite cannot write to its data directory '{dataDirectory}'", stderr);
        Assert.Contains("MediaSuite__DataDirectory", stderr);
        File.Delete(blocker);
    }

    [Fact]
    public async Task Start_WithCorruptDatabase_ExitsClearlyAndLeavesTheFileAlone()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mediasuite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "mediasuite.db");
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(database, garbage);

        var (exitCode, stderr) = await RunServerAsync(directory);

        Assert.Equal(1, exitCode);
        Assert.Contains($"cannot bring its database '{database}' up to date", stderr);
        Assert.Contains("left as it is", stderr);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData("MediaSuite__Jobs__Concurrency__Thumbnails", "2", "MediaSuite:Jobs:Concurrency:Thumbnails is not a job category")]
    [InlineData("MediaSuite__Jobs__Concurrency__Library", "-1", "MediaSuite:Jobs:Concurrency:Library must be between 0")]
    [InlineData("MediaSuite__Accounts__LockoutThreshold", "0", "LockoutThreshold")]
    [InlineData("MediaSuite__Jobs__RunRetention", "00:00:05", "RunRetention")]
    public async Task Start_WithInvalidSetting_ExitsNamingIt(string variable, string value, string expected)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mediasuite-tests", Guid.NewGuid().ToString("N"));

        var (exitCode, stderr) = await RunServerAsync(directory, (variable, value));

        Assert.Equal(1, exitCode);
        Assert.Contains("MediaSuite could not start: the configuration is invalid:", stderr);
        Assert.Contains(expected, stderr);
    }

    [Fact]
    public async Task Start_Twice_OnTheSameDirectory_KeepsData()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mediasuite-tests", Guid.NewGuid().ToString("N"));
        using (var first = new MediaSuiteFactory(directory) { KeepDataDirectory = true })
            AccountClient.Expect(await AccountClient.OnboardAsync(first.CreateBrowserLikeClient()), System.Net.HttpStatusCode.Redirect);

        using var second = new MediaSuiteFactory(directory);
        var response = await AccountClient.SignInAsync(second.CreateBrowserLikeClient(), AccountClient.AdminName, AccountClient.AdminPassword);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task<(int ExitCode, string StandardError)> RunServerAsync(string dataDirectory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "MediaSuite.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["MediaSuite__DataDirectory"] = dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        // A server that wrongly starts would run forever; a minute bounds the test, it is not a timing assumption.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("The server started although it should have refused to.");
        }
        return (process.ExitCode, await stderr);
    }
}
