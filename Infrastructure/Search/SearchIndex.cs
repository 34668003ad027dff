using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Search;

/// <summary>The search index as a whole. The scanner keeps it current row by row (see README.md); this refills it.</summary>
public sealed class SearchIndex(IDbContextFactory<MediaSuiteDb> dbs)
{
    private static readonly string[] Tables = ["SearchArtists", "SearchAlbums", "SearchTracks"];

    /// <summary>
    /// Empties the index and fills it again from the catalogue, in one transaction: for a catalogue written
    /// with SQL rather than by the scanner (the benchmark's), and as a repair. Searches keep working meanwhile
    /// (WAL: they see the old index until the commit).
    /// </summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in Tables) await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table}", cancellationToken);
        foreach (var sql in SearchIndexSql.FillFromCatalogue) await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        // One segment per table: the fastest shape to query.
        foreach (var table in Tables) await db.Database.ExecuteSqlRawAsync($"INSERT INTO {table} ({table}) VALUES ('optimize')", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
