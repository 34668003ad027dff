using System.Net;
using System.Net.Sockets;
using MediaSuite.Tests.Support;

namespace MediaSuite.E2E.Support;

/// <summary>The real app on Kestrel at a loopback port, so a real browser can reach it.</summary>
public sealed class LiveServer : IDisposable
{
    private MediaSuiteFactory _factory;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    private readonly Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? _services;

    public LiveServer(string? dataDirectory = null, int? port = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();
        Port = port ?? FreePort();
        _factory = Start(dataDirectory);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DataDirectory => _factory.DataDirectory;
    public IServiceProvider Services => _factory.Services;

    /// <summary>Stops the server and starts a new one on the same port and data, as a service restart does.</summary>
    public void Restart()
    {
        var directory = _factory.DataDirectory;
        _factory.Dispose();
        _factory = Start(directory);
    }

    /// <summary>A client that keeps cookies, for setting up data through the HTTP API.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(BaseUrl),
    };

    private MediaSuiteFactory Start(string? dataDirectory)
    {
        var factory = new MediaSuiteFactory(dataDirectory) { KeepDataDirectory = true, ExtraServices = _services };
        foreach (var (key, value) in _settings) factory.With(key, value);
        factory.UseKestrel(Port);
        factory.StartServer();
        return factory;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        var directory = _factory.DataDirectory;
        _factory.Dispose();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
