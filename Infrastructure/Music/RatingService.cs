using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediaSuite.Infrastructure.Music;

/// <summary>A user's heart and stars on one item; <see cref="None"/> when neither is set.</summary>
public sealed record ItemRating(bool Favourite, int Stars)
{
    public static ItemRating None { get; } = new(false, 0);
}

/// <summary>A heart or stars for a track, album or artist that does not exist (any more).</summary>
public sealed class UnknownRatedItemException(RatedKind kind, long itemId)
    : Exception($"There is no {kind.ToString().ToLowerInvariant()} {itemId} to rate; it may have been removed from the library.")
{
    public RatedKind Kind { get; } = kind;
    public long ItemId { get; } = itemId;
}

/// <summary>
/// Hearts and 0–5 star ratings, per user, on tracks, albums and artists. A row exists only while a heart
/// or stars are set; each change is one upsert so two tabs of one user cannot collide on the insert.
/// </summary>
public sealed class RatingService(IDbContextFactory<MediaSuiteDb> dbs, MusicQueries queries, TimeProvider clock)
{
    public const int MaxStars = 5;

    /// <summary>How many ids one batch read accepts; a page of rows is far below it.</summary>
    public const int MaxBatch = 2000;

    public Task<ItemRating> SetFavouriteAsync(string userId, RatedKind kind, long itemId, bool favourite, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, kind, itemId, "Favourite", favourite ? 1 : 0, cancellationToken);

    /// <summary>Sets 1–5 stars; 0 clears the rating (the heart is kept).</summary>
    public Task<ItemRating> SetStarsAsync(string userId, RatedKind kind, long itemId, int stars, CancellationToken cancellationToken = default)
    {
        if (stars is < 0 or > MaxStars)
            throw new ArgumentOutOfRangeException(nameof(stars), stars, $"A rating is 1 to {MaxStars} stars, or 0 to clear it.");
        return ChangeAsync(userId, kind, itemId, "Stars", stars, cancellationToken);
    }

    public async Task<ItemRating> GetAsync(string userId, RatedKind kind, long itemId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync(userId, kind, [itemId], cancellationToken)).GetValueOrDefault(itemId, ItemRating.None);

    /// <summary>The ratings among <paramref name="itemIds"/>; items without a heart or stars are absent.</summary>
    public async Task<IReadOnlyDictionary<long, ItemRating>> GetManyAsync(string userId, RatedKind kind, IReadOnlyCollection<long> itemIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        CheckKind(kind);
        if (itemIds.Count > MaxBatch) throw new ArgumentOutOfRangeException(nameof(itemIds), itemIds.Count, $"Ask for at most {MaxBatch} ratings at a time.");
        if (itemIds.Count == 0) return new Dictionary<long, ItemRating>();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var ids = itemIds.Distinct().ToList();
        return await db.Ratings.AsNoTracking()
            .Where(r => r.UserId == userId && r.Kind == kind && ids.Contains(r.ItemId))
            .ToDictionaryAsync(r => r.ItemId, r => new ItemRating(r.Favourite, r.Stars), cancellationToken);
    }

    public Task<Page<AlbumItem>> FavouriteAlbumsAsync(string userId, string? after, int count, CancellationToken cancellationToken = default) =>
        queries.FavouriteAlbumsAsync(userId, after, count, cancellationToken);

    public Task<Page<ArtistItem>> FavouriteArtistsAsync(string userId, string? after, int count, CancellationToken cancellationToken = default) =>
        queries.FavouriteArtistsAsync(userId, after, count, cancellationToken);

    public Task<Page<TrackItem>> FavouriteTracksAsync(string userId, string? after, int count, CancellationToken cancellationToken = default) =>
        queries.FavouriteTracksAsync(userId, after, count, cancellationToken);

    private async Task<ItemRating> ChangeAsync(string userId, RatedKind kind, long itemId, string column, int value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        CheckKind(kind);
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sqlTransaction = (SqliteTransaction)transaction.GetDbTransaction();
        var parameters = new (string, object)[]
        {
            ("$user", userId), ("$kind", kind.ToString()), ("$item", itemId), ("$value", value), ("$now", clock.GetUtcNow().UtcTicks),
        };

        // Writing first takes the write lock at once (a read first could not be upgraded if another writer came between),
        // and the EXISTS makes an unknown item write nothing. The column name is one of two constants, never input.
        var table = kind switch { RatedKind.Track => "Tracks", RatedKind.Album => "Albums", _ => "Artists" };
        var favourite = column == "Favourite" ? "$value" : "0";
        var stars = column == "Stars" ? "$value" : "0";
        var written = await ExecuteAsync(sqlTransaction,
            $"INSERT INTO UserRatings (UserId, Kind, ItemId, Favourite, Stars, UpdatedAt) SELECT $user, $kind, $item, {favourite}, {stars}, $now " +
            $"WHERE EXISTS (SELECT 1 FROM {table} WHERE Id = $item) " +
            $"ON CONFLICT (UserId, Kind, ItemId) DO UPDATE SET {column} = excluded.{column}, UpdatedAt = excluded.UpdatedAt",
            parameters);
        if (written == 0) throw new UnknownRatedItemException(kind, itemId);
        await ExecuteAsync(sqlTransaction, "DELETE FROM UserRatings WHERE UserId = $user AND Kind = $kind AND ItemId = $item AND Favourite = 0 AND Stars = 0", parameters);
        var rating = await db.Ratings.AsNoTracking()
            .Where(r => r.UserId == userId && r.Kind == kind && r.ItemId == itemId)
            .Select(r => new ItemRating(r.Favourite, r.Stars)).FirstOrDefaultAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rating ?? ItemRating.None;
    }

    private static async Task<int> ExecuteAsync(SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync();
    }

    private static void CheckKind(RatedKind kind)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only tracks, albums and artists are rated.");
    }
}
