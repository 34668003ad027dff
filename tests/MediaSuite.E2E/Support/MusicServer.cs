using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.E2E.Support;

/// <summary>
/// A server shared by a test class with an admin, a member and a scanned music library of short
/// generated tracks: two albums by different artists in one genre, a two-disc album, and an artist
/// whose name has a diacritic. Tests that change the queue or ratings use their own user or undo it.
/// </summary>
public class MusicServer : IAsyncLifetime
{
    public const string MemberName = HouseholdServer.MemberName;
    public const string MemberPassword = HouseholdServer.MemberPassword;

    /// <summary>Seconds per generated track: long enough to see it play, short enough to play an album through.</summary>
    public const double TrackSeconds = 2;

    public static readonly IReadOnlyList<SampleAlbum> Albums =
    [
        new("Northern Lights", "Aurora Band", "Ambient", 2001, [["Polar Night", "Green Veil", "Solar Wind"]]),
        new("Harbour Songs", "Beyoncé Quartet", "Ambient", 2003, [["Low Tide", "Lighthouse"]]),
        new("Double Feature", "Cinema Club", "Jazz", 1999, [["Opening Credits", "Intermission"], ["Second Reel", "Closing Credits"]]),
    ];

    private readonly string _media = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "music-" + Guid.NewGuid().ToString("N")[..8]);

    public MusicServer()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>For a fixture that needs other settings (a smaller page size, say) over the same library.</summary>
    protected MusicServer(IReadOnlyDictionary<string, string?> settings)
    {
        Server = new(settings: new Dictionary<string, string?>(settings) { ["MediaSuite:Library:Watch"] = "false" });
    }

    public LiveServer Server { get; }

    public string MediaFolder => _media;

    public async Task InitializeAsync()
    {
        await WriteLibraryAsync();
        using (var admin = Server.CreateClient())
        {
            AccountClient.Expect(await AccountClient.OnboardAsync(admin), System.Net.HttpStatusCode.Redirect);
            var invite = await AccountClient.CreateInviteAsync(admin);
            using var member = Server.CreateClient();
            AccountClient.Expect(await AccountClient.RegisterAsync(member, invite.Url, MemberName, MemberPassword), System.Net.HttpStatusCode.Redirect);
        }
        var store = Server.Services.GetRequiredService<LibraryStore>();
        var (library, problem) = await store.AddAsync(_media, LibraryKind.Music, "Music");
        if (library is null) throw new InvalidOperationException(problem);
        await Server.Services.GetRequiredService<LibraryScanner>().ScanAsync(library, new ScanTarget(library.Id, ""), force: true, (_, _) => { }, CancellationToken.None);
    }

    private async Task WriteLibraryAsync()
    {
        var frequency = 330.0;
        foreach (var album in Albums)
        {
            for (var disc = 0; disc < album.Discs.Count; disc++)
            {
                for (var i = 0; i < album.Discs[disc].Count; i++)
                {
                    var tags = new Dictionary<string, string>
                    {
                        ["title"] = album.Discs[disc][i], ["artist"] = album.Artist, ["album_artist"] = album.Artist, ["album"] = album.Title,
                        ["genre"] = album.Genre, ["date"] = album.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["track"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["disc"] = (disc + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    var file = Path.Combine(_media, album.Artist, album.Title, $"{disc + 1}-{i + 1:00}.mp3");
                    await AudioFixtures.MakeAsync(file, tags, frequency, TrackSeconds);
                    frequency += 55;
                }
            }
        }
    }

    public Task DisposeAsync()
    {
        Server.Dispose();
        try
        {
            Directory.Delete(_media, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}

/// <summary>An album the music server generates; <see cref="Discs"/> lists each disc's track titles in order.</summary>
public sealed record SampleAlbum(string Title, string Artist, string Genre, int Year, IReadOnlyList<IReadOnlyList<string>> Discs)
{
    public IEnumerable<string> TrackTitles => Discs.SelectMany(d => d);
}
