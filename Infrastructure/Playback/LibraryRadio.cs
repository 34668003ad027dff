using System.Data.Common;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>
/// Recommendations from the library's own metadata and the household's listening: tracks by the seeds'
/// artists and album artists score highest, then tracks sharing a genre, with a bonus for the same era;
/// tracks the household often plays close to a seed (see <see cref="CoPlayed"/>) gain up to as much as
/// an artist match, and may come in on that alone. Nothing unrelated is ever added to fill a batch.
/// Candidates are shuffled within a score and no album artist fills more than two places of a batch
/// while others are waiting, so radio is a mix rather than the rest of one album. Only tracks a listener
/// can see are offered. Called synchronously by the queue engine (see <see cref="IRadioSource"/>), so it
/// reads synchronously.
/// </summary>
public sealed class LibraryRadio(IDbContextFactory<MediaSuiteDb> dbs) : IRadioSource
{
    private const int ArtistScore = 3;
    private const int GenreScore = 2;
    private const int EraScore = 1;
    private const int EraYears = 5;
    private const int CandidatesPerSource = 400;
    private const int MaxPerAlbumArtist = 2;

    /// <summary>One point per listening session a track shared with a seed, up to this many.</summary>
    private const int MaxCoPlayScore = 4;

    /// <summary>"Played together": started within this time of a seed's listen by the same user.</summary>
    public static readonly TimeSpan CoPlayWindow = TimeSpan.FromMinutes(30);

    /// <summary>The seeds' most recent listens looked at; older habits count less than the recent ones anyway.</summary>
    private const int SeedListensRead = 300;

    public IReadOnlyList<long> Recommend(RadioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Seeds.Count == 0 || request.Count <= 0) return [];
        using var db = dbs.CreateDbContext();
        db.Database.OpenConnection();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        connection.CreateFunction<string?, string, bool>(CatalogReader.GenreHas, GenreText.Contains, isDeterministic: true);

        var seeds = CatalogReader.Ids(request.Seeds);
        var seedInfo = Read(connection, "SELECT t.Genres, t.Year FROM json_each($seeds) s JOIN Tracks t ON t.Id = s.value",
            r => (Genres: r.IsDBNull(0) ? null : r.GetString(0), Year: r.IsDBNull(1) ? (int?)null : r.GetInt32(1)), ("$seeds", seeds));
        var genres = seedInfo.SelectMany(s => GenreText.Split(s.Genres)).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
        var years = seedInfo.Where(s => s.Year is > 0).Select(s => s.Year!.Value).ToList();
        int? era = years.Count == 0 ? null : (int)Math.Round(years.Average());

        var candidates = new Dictionary<long, Candidate>();
        // Tracks performed by a seed's artists, or on albums by a seed's album artist.
        Add(candidates, ArtistScore, Read(connection,
            "WITH seed_artists AS (SELECT ta.ArtistId FROM json_each($seeds) s JOIN TrackArtists ta ON ta.TrackId = s.value " +
            "UNION SELECT a.AlbumArtistId FROM json_each($seeds) s JOIN Tracks st ON st.Id = s.value JOIN Albums a ON a.Id = st.AlbumId) " +
            "SELECT DISTINCT t.Id, a.AlbumArtistId, t.Year FROM seed_artists sa JOIN TrackArtists ta ON ta.ArtistId = sa.ArtistId " +
            $"CROSS JOIN Tracks t ON t.Id = ta.TrackId {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId ORDER BY random() LIMIT $limit",
            ReadCandidate, ("$seeds", seeds), ("$limit", CandidatesPerSource)));
        foreach (var genre in genres)
        {
            // The exact test is a .NET function, called once per row it sees: on 100k tracks that was most of radio's time.
            // SQLite's LIKE folds ASCII letters only, so for an ASCII name it first narrows the rows cheaply in C.
            var narrow = genre.All(char.IsAscii) ? @"AND t.Genres LIKE $like ESCAPE '\' " : "";
            Add(candidates, GenreScore, Read(connection,
                $"SELECT t.Id, a.AlbumArtistId, t.Year FROM Tracks t {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId " +
                $"WHERE t.Genres IS NOT NULL {narrow}AND {CatalogReader.GenreHas}(t.Genres, $genre) ORDER BY random() LIMIT $limit",
                ReadCandidate, ("$genre", genre), ("$like", "%" + LikeEscaped(genre) + "%"), ("$limit", CandidatesPerSource)));
        }

        Add(candidates, CoPlayed(connection, seeds));

        var ranked = candidates.Values
            .Where(c => !request.Avoid.Contains(c.TrackId))
            .Select(c => c with { Score = c.Score + (era is { } e && c.Year is { } y && Math.Abs(y - e) <= EraYears ? EraScore : 0) })
            .OrderByDescending(c => c.Score).ThenBy(_ => Random.Shared.Next())
            .ToList();
        return Diversified(ranked, request.Count);
    }

    private static List<long> Diversified(List<Candidate> ranked, int count)
    {
        var picked = new List<long>(count);
        var perArtist = new Dictionary<long, int>();
        foreach (var candidate in ranked)
        {
            if (picked.Count == count) return picked;
            if (perArtist.GetValueOrDefault(candidate.AlbumArtistId) >= MaxPerAlbumArtist) continue;
            perArtist[candidate.AlbumArtistId] = perArtist.GetValueOrDefault(candidate.AlbumArtistId) + 1;
            picked.Add(candidate.TrackId);
        }
        // Few artists to choose from: fill the batch with the best of what was held back.
        foreach (var candidate in ranked)
        {
            if (picked.Count == count) break;
            if (!picked.Contains(candidate.TrackId)) picked.Add(candidate.TrackId);
        }
        return picked;
    }

    private static void Add(Dictionary<long, Candidate> candidates, int score, List<Candidate> found)
    {
        foreach (var c in found)
        {
            candidates[c.TrackId] = candidates.TryGetValue(c.TrackId, out var known) ? known with { Score = known.Score + score } : c with { Score = score };
        }
    }

    /// <summary>
    /// Tracks that anyone in the household played within <see cref="CoPlayWindow"/> of one of the seeds' recent listens,
    /// scored by how many such listens they shared (a track skipped there does not count: that was a no).
    /// </summary>
    private static List<Candidate> CoPlayed(SqliteConnection connection, string seeds) =>
        Read(connection,
            "WITH seed_listens AS (SELECT l.Id, l.UserId, l.StartedAt FROM json_each($seeds) s CROSS JOIN Listens l ON l.TrackId = s.value " +
            "ORDER BY l.StartedAt DESC LIMIT $listens) " +
            "SELECT o.TrackId, a.AlbumArtistId, t.Year, MIN(COUNT(DISTINCT sl.Id), $max) FROM seed_listens sl " +
            "CROSS JOIN Listens o ON o.UserId = sl.UserId AND o.StartedAt BETWEEN sl.StartedAt - $window AND sl.StartedAt + $window " +
            $"CROSS JOIN Tracks t ON t.Id = o.TrackId {CatalogReader.Visible} JOIN Albums a ON a.Id = t.AlbumId " +
            "WHERE o.Skipped = 0 AND o.TrackId NOT IN (SELECT value FROM json_each($seeds)) GROUP BY o.TrackId ORDER BY 4 DESC LIMIT $limit",
            r => new Candidate(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetInt32(3)),
            ("$seeds", seeds), ("$listens", SeedListensRead), ("$window", CoPlayWindow.Ticks), ("$max", MaxCoPlayScore), ("$limit", CandidatesPerSource));

    private static string LikeEscaped(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    /// <summary>Adds candidates that carry their own score.</summary>
    private static void Add(Dictionary<long, Candidate> candidates, List<Candidate> scored)
    {
        foreach (var c in scored)
        {
            candidates[c.TrackId] = candidates.TryGetValue(c.TrackId, out var known) ? known with { Score = known.Score + c.Score } : c;
        }
    }

    private static Candidate ReadCandidate(DbDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt32(2), 0);

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private sealed record Candidate(long TrackId, long AlbumArtistId, int? Year, int Score);
}
