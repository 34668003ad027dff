using MediaSuite.Domain.Library;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>An album written by <see cref="MusicFixture.AlbumAsync"/>; <see cref="TrackIds"/> in disc and track order.</summary>
public sealed record TestAlbum(long Id, long ArtistId, int LibraryId, IReadOnlyList<long> TrackIds, IReadOnlyList<string> Paths);

/// <summary>
/// The real app on a fresh database (one per test class) with catalogue rows, users and listens written
/// straight in, so each test builds exactly the library and history it needs. The clock is a <see cref="TestClock"/>.
/// </summary>
public sealed class MusicFixture : IAsyncLifetime
{
    /// <summary>Now, to the minute: sign-in cookies are dated by the app's clock and a browser-like client drops ones already expired.</summary>
    public static readonly DateTimeOffset Start = new(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private ScannerHarness _harness = default!;
    private int _next;

    public TestClock Clock { get; } = new(Start);
    public IServiceProvider Services => _harness.Factory.Services;
    public MediaSuiteFactory Factory => _harness.Factory;
    public int LibraryId => _harness.Library.Id;
    public string LibraryRoot => _harness.Root;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync() => _harness = await ScannerHarness.StartAsync(clock: Clock);

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public async Task<MediaSuiteDb> DbAsync() => await _harness.DbAsync();

    public int Unique() => Interlocked.Increment(ref _next);

    public async Task<string> UserAsync(string? name = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name ?? $"user{Unique()}", CreatedAt = Start };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>A second library (its own root under the first's parent), enabled or not.</summary>
    public async Task<int> LibraryAsync(bool enabled)
    {
        await using var db = await DbAsync();
        var library = new MediaLibrary { Name = $"Extra {Unique()}", Path = Path.Combine(Path.GetTempPath(), "mediasuite-tests", $"extra-{Guid.NewGuid():N}"), Enabled = enabled, CreatedAt = Start };
        db.Libraries.Add(library);
        await db.SaveChangesAsync();
        return library.Id;
    }

    /// <summary>
    /// An album with one track per title, numbered from 1 on disc 1, its files at "Artist/Album/NN.mp3".
    /// <paramref name="discs"/> puts the later titles on later discs (e.g. [2, 2] = two discs of two).
    /// </summary>
    public async Task<TestAlbum> AlbumAsync(string artist, string title, string[] tracks, int? year = null, string? genre = null, int? libraryId = null,
        DateTimeOffset? addedAt = null, int[]? discs = null, long durationMs = 200_000, bool missing = false)
    {
        var library = libraryId ?? LibraryId;
        await using var db = await DbAsync();
        var artistRow = await db.Artists.FirstOrDefaultAsync(a => a.Name == artist) ?? db.Artists.Add(new Artist { Name = artist, Key = $"{artist}#{Unique()}" }).Entity;
        var folder = await db.Folders.FirstOrDefaultAsync(f => f.LibraryId == library && f.Path == "")
            ?? db.Folders.Add(new MediaFolder { LibraryId = library, Path = "", Digest = "x", ScannedAt = Start }).Entity;
        await db.SaveChangesAsync();
        var album = db.Albums.Add(new Album { Title = title, AlbumArtistId = artistRow.Id, Year = year, Key = $"{title}#{Unique()}", AddedAt = addedAt ?? Clock.GetUtcNow() }).Entity;
        await db.SaveChangesAsync();

        var ids = new List<long>();
        var paths = new List<string>();
        var discOf = DiscNumbers(tracks.Length, discs);
        for (var i = 0; i < tracks.Length; i++)
        {
            var (disc, number) = discOf[i];
            var path = $"{artist}/{title}/{disc}-{number:00}.mp3";
            var file = db.Files.Add(new MediaFile
            {
                LibraryId = library, FolderId = folder.Id, Path = path, Kind = MediaKind.Audio, Size = 1, Fingerprint = $"f{Unique()}",
                State = missing ? FileState.Missing : FileState.Present, AddedAt = Start, UpdatedAt = Start,
            }).Entity;
            await db.SaveChangesAsync();
            db.Tracks.Add(new Track
            {
                Id = file.Id, AlbumId = album.Id, Title = tracks[i], ArtistText = artist, TrackNumber = number, DiscNumber = discs is null ? null : disc,
                Year = year, Genres = genre, DurationMs = durationMs,
            });
            db.TrackArtists.Add(new TrackArtist { TrackId = file.Id, ArtistId = artistRow.Id, Role = ArtistRole.Performer });
            db.TrackArtists.Add(new TrackArtist { TrackId = file.Id, ArtistId = artistRow.Id, Role = ArtistRole.AlbumArtist });
            ids.Add(file.Id);
            paths.Add(path);
        }
        await db.SaveChangesAsync();
        return new TestAlbum(album.Id, artistRow.Id, library, ids, paths);
    }

    public async Task ListenAsync(string userId, long trackId, DateTimeOffset at, ContextKind? kind = null, string? contextId = null,
        bool countsAsPlay = true, bool skipped = false)
    {
        await using var db = await DbAsync();
        db.Listens.Add(new Listen
        {
            UserId = userId, TrackId = trackId, ContextKind = kind, ContextId = contextId, ContextName = kind is null ? null : "context",
            StartedAt = at, PlayedMs = countsAsPlay ? 200_000 : 5_000, Completed = countsAsPlay, Skipped = skipped, CountsAsPlay = countsAsPlay,
        });
        await db.SaveChangesAsync();
    }

    public async Task SetFileStateAsync(long trackId, FileState state)
    {
        await using var db = await DbAsync();
        var file = await db.Files.SingleAsync(f => f.Id == trackId);
        file.State = state;
        await db.SaveChangesAsync();
    }

    public async Task SetLibraryEnabledAsync(int libraryId, bool enabled)
    {
        await using var db = await DbAsync();
        var library = await db.Libraries.SingleAsync(l => l.Id == libraryId);
        library.Enabled = enabled;
        await db.SaveChangesAsync();
    }

    private static (int Disc, int Number)[] DiscNumbers(int count, int[]? discs)
    {
        if (discs is null) return Enumerable.Range(1, count).Select(n => (1, n)).ToArray();
        if (discs.Sum() != count) throw new ArgumentException("The disc sizes must add up to the number of tracks.", nameof(discs));
        return discs.SelectMany((size, d) => Enumerable.Range(1, size).Select(n => (d + 1, n))).ToArray();
    }
}
