using System.Diagnostics;
using MediaSuite.Infrastructure.Music;
using Xunit.Abstractions;

namespace MediaSuite.Tests.Infrastructure.Music;

/// <summary>Keyset paging walked to the end over <see cref="BulkCatalog"/>: every visible item once, strictly in order.</summary>
public sealed class MusicQueriesPagingTests(BulkCatalog catalog, ITestOutputHelper output) : IClassFixture<BulkCatalog>
{
    public static TheoryData<AlbumSort, bool> AlbumSorts() => Both<AlbumSort>();
    public static TheoryData<TrackSort, bool> TrackSorts() => Both<TrackSort>();

    [Theory]
    [MemberData(nameof(AlbumSorts))]
    public async Task AlbumsAsync_WalkedToTheEnd_EveryVisibleAlbumOnceInOrder(AlbumSort sort, bool descending)
    {
        var items = await WalkAsync(after => catalog.Queries.AlbumsAsync(sort, descending, after, 50));

        AssertOnceInOrder(items.Select(a => a.Id), catalog.VisibleAlbums, items.Select(a => AlbumKey(sort, a)), descending);
        Assert.All(items, a => Assert.InRange(a.TrackCount, 1, BulkCatalog.TracksPerAlbum));
    }

    [Theory]
    [MemberData(nameof(TrackSorts))]
    public async Task TracksAsync_WalkedToTheEnd_EveryVisibleTrackOnceInOrder(TrackSort sort, bool descending)
    {
        var items = await WalkAsync(after => catalog.Queries.TracksAsync(sort, descending, after, 500));

        AssertOnceInOrder(items.Select(t => t.Id), catalog.VisibleTracks, items.Select(t => TrackKey(sort, t)), descending);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ArtistsAsync_WalkedToTheEnd_EveryArtistWithTracksOnceInOrder(bool descending)
    {
        var items = await WalkAsync(after => catalog.Queries.ArtistsAsync(descending, after, 50));

        AssertOnceInOrder(items.Select(a => a.Id), Enumerable.Range(1, BulkCatalog.ArtistCount).Select(i => (long)i).ToHashSet(),
            items.Select(a => new object[] { a.Name, a.Id }), descending);
    }

    [Theory]
    [InlineData(TrackSort.Title, false)]
    [InlineData(TrackSort.RecentlyAdded, true)]
    public async Task GenreTracksAsync_WalkedToTheEnd_EveryTrackOfTheGenreOnceInOrder(TrackSort sort, bool descending)
    {
        var items = await WalkAsync(after => catalog.Queries.GenreTracksAsync("ROCK", sort, descending, after, 500));

        AssertOnceInOrder(items.Select(t => t.Id), catalog.RockTracks, items.Select(t => TrackKey(sort, t)), descending);
    }

    [Fact]
    public async Task PageOfFifty_Timings_ArePrinted()
    {
        foreach (var sort in Enum.GetValues<AlbumSort>()) await TimeAsync($"albums by {sort}", after => catalog.Queries.AlbumsAsync(sort, false, after, 50));
        foreach (var sort in Enum.GetValues<TrackSort>()) await TimeAsync($"tracks by {sort}", after => catalog.Queries.TracksAsync(sort, false, after, 50));
        await TimeAsync("artists by name", after => catalog.Queries.ArtistsAsync(false, after, 50));
        await TimeAsync("genre 'rock' tracks by title", after => catalog.Queries.GenreTracksAsync("rock", TrackSort.Title, false, after, 50));
        var times = new List<double>();
        for (var i = 0; i < 20; i++) times.Add(await ElapsedAsync(() => catalog.Queries.GenresAsync()));
        Print("genres (whole list)", times);
        times.Clear();
        for (var i = 0; i < 20; i++) times.Add(await ElapsedAsync(() => catalog.Queries.AlbumAsync(i * 97 + 1)));
        Print("album page", times);
        times.Clear();
        for (var i = 0; i < 20; i++) times.Add(await ElapsedAsync(() => catalog.Queries.ArtistAsync(i * 19 + 1)));
        Print("artist page", times);
    }

    private async Task TimeAsync<T>(string name, Func<string?, Task<Page<T>>> page)
    {
        var times = new List<double>();
        string? after = null;
        // The first 30 pages: keyset pages cost the same wherever they start.
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            after = (await page(after)).Next;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Print(name, times);
    }

    private static async Task<double> ElapsedAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private void Print(string name, List<double> times)
    {
        var sorted = times.Order().ToList();
        output.WriteLine($"{name,-30} p50 {sorted[sorted.Count / 2],7:0.0} ms   p95 {sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1],7:0.0} ms   (n={sorted.Count})");
    }

    private static async Task<List<T>> WalkAsync<T>(Func<string?, Task<Page<T>>> page)
    {
        var items = new List<T>();
        string? after = null;
        do
        {
            var next = await page(after);
            items.AddRange(next.Items);
            after = next.Next;
        } while (after is not null && items.Count < 100_000);
        return items;
    }

    private static void AssertOnceInOrder(IEnumerable<long> ids, HashSet<long> expected, IEnumerable<object[]> keys, bool descending)
    {
        var list = ids.ToList();
        Assert.Equal(list.Count, list.Distinct().Count());
        Assert.True(expected.SetEquals(list), $"{list.Count} items listed, {expected.Count} expected; {list.Except(expected).Count()} unexpected.");
        var keyList = keys.ToList();
        for (var i = 1; i < keyList.Count; i++)
        {
            var order = KeyComparer.Compare(keyList[i - 1], keyList[i]);
            Assert.True(descending ? order > 0 : order < 0, $"Item {i} ({string.Join(", ", keyList[i])}) is out of order after ({string.Join(", ", keyList[i - 1])}).");
        }
    }

    private object[] AlbumKey(AlbumSort sort, AlbumItem a) => sort switch
    {
        AlbumSort.Name => [a.Title, a.Id],
        AlbumSort.Artist => [a.AlbumArtistName, (long)(a.Year ?? 0), a.Title, a.Id],
        AlbumSort.Year => [(long)(a.Year ?? 0), a.Title, a.Id],
        _ => [catalog.AlbumAddedAt[a.Id], a.Id],
    };

    private object[] TrackKey(TrackSort sort, TrackItem t)
    {
        object[] inAlbum = [t.AlbumId, (long)(t.Disc ?? 1), (long)(t.TrackNumber ?? 0), t.Id];
        return sort switch
        {
            TrackSort.Title => [t.Title, t.Id],
            TrackSort.Artist => [t.ArtistText, (long)(t.Year ?? 0), .. inAlbum],
            TrackSort.Album => [t.AlbumTitle, .. inAlbum],
            TrackSort.Year => [(long)(t.Year ?? 0), .. inAlbum],
            TrackSort.Duration => [t.DurationMs ?? 0, t.Id],
            _ => [t.Id],
        };
    }

    private static TheoryData<T, bool> Both<T>() where T : struct, Enum
    {
        var data = new TheoryData<T, bool>();
        foreach (var value in Enum.GetValues<T>()) { data.Add(value, false); data.Add(value, true); }
        return data;
    }

    /// <summary>SQLite's NOCASE for these ASCII names: compare lower-cased, ordinal.</summary>
    private static class KeyComparer
    {
        public static int Compare(object[] a, object[] b)
        {
            for (var i = 0; i < a.Length; i++)
            {
                var c = a[i] is string s ? string.CompareOrdinal(s.ToLowerInvariant(), ((string)b[i]).ToLowerInvariant()) : ((long)a[i]).CompareTo((long)b[i]);
                if (c != 0) return c;
            }
            return 0;
        }
    }
}
