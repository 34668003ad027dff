using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Range requests per second for one 64 KiB slice of one file: MediaSuite's signed stream URL against
/// nginx (sendfile on, access log off) serving the same file, both loaded by wrk with the same
/// connections and threads, one after the other in the same run.
/// </summary>
internal static partial class RangeBenchmark
{
    private const string Range = "bytes=1048576-1114111";

    public static async Task RunAsync(AppProcess server, CatalogGenerator.Catalogue catalogue, string work)
    {
        var link = await server.Client.GetFromJsonAsync<StreamLink>($"/api/stream/{catalogue.RealTrackId}/url") ?? throw new InvalidOperationException("no stream url");
        var ours = $"http://127.0.0.1:{server.Port}{link.Url}";
        var check = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, ours) { Headers = { { "Range", Range } } });
        if ((int)check.StatusCode != 206) throw new InvalidOperationException($"MediaSuite answered {(int)check.StatusCode} to a Range request");

        var nginxPort = AppProcess.FreePort();
        var folder = Path.Combine(work, "nginx");
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes {{Environment.ProcessorCount}};
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                server {
                    listen 127.0.0.1:{{nginxPort}};
                    root {{catalogue.LibraryRoot}};
                }
            }
            """);
        var nginx = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("nginx", ["-c", config]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("could not start nginx");
        try
        {
            var theirs = $"http://127.0.0.1:{nginxPort}/{CatalogGenerator.RealFile}";
            using var probe = new HttpClient();
            for (var i = 0; i < 50; i++)
            {
                try
                {
                    if ((int)(await probe.SendAsync(new HttpRequestMessage(HttpMethod.Get, theirs) { Headers = { { "Range", Range } } })).StatusCode == 206) break;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(100);
            }
            var nginxRate = await WrkAsync(theirs);
            var ourRate = await WrkAsync(ours);
            Console.WriteLine("| Range GET of 64 KiB (wrk, 2 threads, 16 connections, 10 s) | requests/s |");
            Console.WriteLine("|---|---|");
            Console.WriteLine($"| nginx (sendfile) | {nginxRate:N0} |");
            Console.WriteLine($"| MediaSuite /api/stream (signed link, HMAC check, track lookup) | {ourRate:N0} = **{ourRate / nginxRate:0.00}× nginx** (target ≥ 0.5×) |");
        }
        finally
        {
            nginx.Kill();
            await nginx.WaitForExitAsync();
        }
    }

    private static async Task<double> WrkAsync(string url)
    {
        var result = await Shell.CheckAsync("wrk", "-t2", "-c16", "-d10s", "-H", $"Range: {Range}", url);
        var match = Rate().Match(result.Output);
        if (!match.Success) throw new InvalidOperationException($"wrk printed no rate: {result.Output}");
        if (result.Output.Contains("Non-2xx", StringComparison.Ordinal)) throw new InvalidOperationException($"errors under load: {result.Output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private sealed record StreamLink(string Url);

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex Rate();
}
