using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Infrastructure.Music;

namespace MediaSuite.Tests.Infrastructure.Playback;

/// <summary>
/// Radio from metadata and the household's listening, on a real database. Each test uses its own artists and
/// genre, so the catalogue other tests add does not relate to its seeds.
/// </summary>
public sealed class LibraryRadioTests(MusicFixture music) : IClassFixture<MusicFixture>
{
    private IRadioSource Radio => music.Get<IRadioSource>();
    private static DateTimeOffset At(int minutes) => MusicFixture.Start.AddDays(-3).AddMinutes(minutes);

    /// <summary>Artist X (the seed's), Y in X's genre and era, Z in the genre but another era (so it ranks below Y on tags alone), and an unrelated W.</summary>
    private async Task<(TestAlbum X, TestAlbum Y, TestAlbum Z, TestAlbum Other)> NeighbourhoodAsync()
    {
        var n = music.Unique();
        var genre = $"Genre {n}";
        return (
            await music.AlbumAsync($"X {n}", $"X album {n}", ["x1", "x2", "x3"], year: 2000, genre: genre),
            await music.AlbumAsync($"Y {n}", $"Y album {n}", ["y1", "y2"], year: 2001, genre: genre),
            await music.AlbumAsync($"Z {n}", $"Z album {n}", ["z1"], year: 1980, genre: genre),
            await music.AlbumAsync($"W {n}", $"W album {n}", ["w1", "w2", "w3", "w4"], year: 1960, genre: $"Other {n}"));
    }

    private IReadOnlyList<long> Recommend(long seed, params long[] avoid) =>
        Radio.Recommend(new RadioRequest([seed], new HashSet<long>([seed, .. avoid]), 10));

    [Fact]
    public async Task SeedByArtistX_XsOtherTracksFirst_ThenGenreNeighbours_NothingUnrelated()
    {
        var (x, y, z, other) = await NeighbourhoodAsync();

        var picks = Recommend(x.TrackIds[0]);

        Assert.Equal(x.TrackIds.Skip(1).Order(), picks.Take(2).Order());
        Assert.Equal(y.TrackIds.Append(z.TrackIds[0]).Order(), picks.Skip(2).Order());
        Assert.Empty(picks.Intersect(other.TrackIds));
    }

    [Fact]
    public async Task TracksPlayedTogetherWithTheSeed_RiseAboveOtherNeighbours_AndBringUnrelatedOnesIn()
    {
        var (x, y, z, other) = await NeighbourhoodAsync();
        var (ann, bob) = (await music.UserAsync(), await music.UserAsync());
        var seed = x.TrackIds[0];
        foreach (var (user, start) in new[] { (ann, 0), (ann, 600), (bob, 1200) })
        {
            await music.ListenAsync(user, seed, At(start));
            await music.ListenAsync(user, z.TrackIds[0], At(start + 4));
        }
        await music.ListenAsync(ann, seed, At(2000));
        await music.ListenAsync(ann, other.TrackIds[1], At(2010));                           // together once, though unrelated by tags
        await music.ListenAsync(bob, other.TrackIds[2], At(1205), countsAsPlay: false, skipped: true); // skipped: not a recommendation
        await music.ListenAsync(bob, other.TrackIds[3], At(1200 + 120));                      // two hours later: not together

        var picks = Recommend(seed);

        Assert.True(picks.ToList().IndexOf(z.TrackIds[0]) < picks.ToList().IndexOf(y.TrackIds[0]), string.Join(",", picks));
        Assert.True(picks.ToList().IndexOf(z.TrackIds[0]) < picks.ToList().IndexOf(y.TrackIds[1]), string.Join(",", picks));
        Assert.Equal(other.TrackIds[1], picks[^1]);
        Assert.DoesNotContain(other.TrackIds[2], picks);
        Assert.DoesNotContain(other.TrackIds[3], picks);
        Assert.DoesNotContain(other.TrackIds[0], picks);
    }

    [Fact]
    public async Task AvoidedTracks_NeverAppear_EvenWhenPlayedTogether()
    {
        var (x, y, z, _) = await NeighbourhoodAsync();
        var user = await music.UserAsync();
        await music.ListenAsync(user, x.TrackIds[0], At(0));
        await music.ListenAsync(user, z.TrackIds[0], At(3));

        var picks = Recommend(x.TrackIds[0], x.TrackIds[1], z.TrackIds[0], y.TrackIds[0]);

        Assert.Equal([x.TrackIds[2], y.TrackIds[1]], picks);
    }

    [Fact]
    public async Task TracksOfDisabledLibrariesOrMissingFiles_NeverAppear()
    {
        var n = music.Unique();
        var genre = $"Hidden genre {n}";
        var seedAlbum = await music.AlbumAsync($"Seen {n}", $"Seen {n}", ["seed"], genre: genre);
        var off = await music.AlbumAsync($"Seen {n}", $"Off {n}", ["off"], genre: genre, libraryId: await music.LibraryAsync(enabled: false));
        var missing = await music.AlbumAsync($"Seen {n}", $"Missing {n}", ["missing"], genre: genre, missing: true);
        var user = await music.UserAsync();
        await music.ListenAsync(user, seedAlbum.TrackIds[0], At(0));
        await music.ListenAsync(user, off.TrackIds[0], At(2));
        await music.ListenAsync(user, missing.TrackIds[0], At(4));

        Assert.Empty(Recommend(seedAlbum.TrackIds[0]));
    }

    [Fact]
    public async Task ASeedNothingRelatesTo_GetsNothing()
    {
        var n = music.Unique();
        var loner = await music.AlbumAsync($"Loner {n}", $"Alone {n}", ["only"], year: 1950, genre: $"Unique {n}");

        Assert.Empty(Recommend(loner.TrackIds[0]));
    }

    [Theory]
    [InlineData("Música Popular {0}", "MÚSICA POPULAR {0}")]
    [InlineData("Drum_&_Bass {0}", "drum_&_bass {0}")]
    [InlineData("100% Noise {0}", "100% NOISE {0}")]
    public async Task GenreNeighbours_MatchInAnyCase_WithoutFalseFriends(string seedGenre, string neighbourGenre)
    {
        var n = music.Unique();
        var seed = await music.AlbumAsync($"Seed {n}", $"Seed {n}", ["s"], genre: string.Format(seedGenre, n));
        var neighbour = await music.AlbumAsync($"Neighbour {n}", $"Neighbour {n}", ["n"], genre: string.Format(neighbourGenre, n) + "; Other");
        var lookalike = await music.AlbumAsync($"Lookalike {n}", $"Lookalike {n}", ["l"], genre: string.Format(seedGenre, n).Replace('_', 'x').Replace('%', 'x') + "x");

        var picks = Recommend(seed.TrackIds[0]);

        Assert.Equal([neighbour.TrackIds[0]], picks);
        Assert.DoesNotContain(lookalike.TrackIds[0], picks);
    }
}
