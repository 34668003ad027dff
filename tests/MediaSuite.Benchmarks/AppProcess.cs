using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace MediaSuite.Benchmarks;

/// <summary>The published app as a real server process on a loopback port, with a signed-in admin's cookie jar.</summary>
internal sealed partial class AppProcess : IAsyncDisposable
{
    public const string AdminName = "admin";
    public const string AdminPassword = "benchmark password";

    private readonly Process _process;

    private AppProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }
    public HttpClient Client { get; }

    public static async Task<AppProcess> StartAsync(string app, string data, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[app, "--urls", $"http://127.0.0.1:{port}", $"--MediaSuite:DataDirectory={data}", "--MediaSuite:Library:Watch=false", .. settings])
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppProcess(process, port);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the app stopped with exit code {process.ExitCode}: {string.Join('\n', log.TakeLast(20))}");
            try
            {
                if ((await server.Client.GetAsync("/api/health")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the app did not answer /api/health within 30 s");
    }

    /// <summary>Creates the first admin on a fresh install (the onboarding form, as a browser posts it); the client is then signed in.</summary>
    public async Task OnboardAsync() => await PostFormAsync("/onboarding", "/account/onboarding",
        new() { ["UserName"] = AdminName, ["Password"] = AdminPassword, ["ConfirmPassword"] = AdminPassword });

    public async Task SignInAsync() => await PostFormAsync("/login", "/account/login", new() { ["UserName"] = AdminName, ["Password"] = AdminPassword });

    private async Task PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        var html = await Client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);
        var response = await Client.PostAsync(action, new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{action} answered {response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            await Shell.RunAsync("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
