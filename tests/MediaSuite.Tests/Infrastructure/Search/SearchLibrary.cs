using MediaSuite.Infrastructure.Search;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>
/// Real files scanned once for the class: Northern Lights by Aurora Band, Harbour Songs by Beyoncé Quartet,
/// tracks whose titles are "Nor" exactly, start with "Nor" or have it later, and twelve tracks by Many Singers.
/// </summary>
public sealed class SearchLibrary : IAsyncLifetime
{
    public ScannerHarness Harness { get; private set; } = default!;

    public SearchService Search => Harness.Factory.Services.GetRequiredService<SearchService>();

    public async Task InitializeAsync()
    {
        Harness = await ScannerHarness.StartAsync();
        var h = Harness;
        var files = new List<Task>
        {
            AudioFixtures.MakeAsync(h.PathOf("Aurora Band/Northern Lights/01.mp3"), Tags("Polar Night", "Aurora Band", "Northern Lights", "1")),
            AudioFixtures.MakeAsync(h.PathOf("Aurora Band/Northern Lights/02.mp3"), Tags("Green Veil", "Aurora Band", "Northern Lights", "2"), 480),
            AudioFixtures.MakeAsync(h.PathOf("Beyonce Quartet/Harbour Songs/01.mp3"), Tags("Low Tide", "Beyoncé Quartet", "Harbour Songs", "1"), 500),
            AudioFixtures.MakeAsync(h.PathOf("Misc/Words/01.mp3"), Tags("Lights of the North", "Misc Players", "Words", "1"), 520),
            AudioFixtures.MakeAsync(h.PathOf("Misc/Words/02.mp3"), Tags("Northern Star", "Misc Players", "Words", "2"), 540),
            AudioFixtures.MakeAsync(h.PathOf("Misc/Words/03.mp3"), Tags("Nor", "Misc Players", "Words", "3"), 560),
        };
        for (var i = 1; i <= 12; i++)
            files.Add(AudioFixtures.MakeAsync(h.PathOf($"Many/Songs/{i:00}.mp3"), Tags($"Song {i}", "Many Singers", "Plenty", $"{i}"), 300 + 20 * i));
        await Task.WhenAll(files);
        await h.ScanAsync();
    }

    public static Dictionary<string, string> Tags(string title, string artist, string album, string track) =>
        new() { ["title"] = title, ["artist"] = artist, ["album_artist"] = artist, ["album"] = album, ["track"] = track };

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
