using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MediaSuite.Tests.Support;

/// <summary>
/// The real app on a fresh SQLite file in its own temporary data directory. Settings override
/// appsettings for one test class; a <see cref="TestClock"/> can replace the system clock.
/// </summary>
public class MediaSuiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["MediaSuite:Accounts:SignInAttemptsPerWindow"] = "10000",
    };

    public MediaSuiteFactory(string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "mediasuite-tests", Guid.NewGuid().ToString("N"));
        _settings["MediaSuite:DataDirectory"] = DataDirectory;
    }

    public string DataDirectory { get; }

    public TestClock? Clock { get; init; }

    /// <summary>Extra registrations for this test server (test jobs).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>For tests that start a second server on the same data, as a restart does.</summary>
    public bool KeepDataDirectory { get; init; }

    public MediaSuiteFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null) services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            ExtraServices?.Invoke(services);
        });
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataDirectory && Directory.Exists(DataDirectory))
        {
            try { Directory.Delete(DataDirectory, recursive: true); }
            catch (IOException) { /* SQLite may still hold the WAL for a moment; the temp folder is cleaned later. */ }
        }
    }
}
