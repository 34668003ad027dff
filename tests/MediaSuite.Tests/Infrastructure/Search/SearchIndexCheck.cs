using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>The search index agrees with the catalogue: FTS5's own integrity check, and one index row per catalogue row.</summary>
public static class SearchIndexCheck
{
    public static async Task AssertMatchesCatalogueAsync(MediaSuiteDb db)
    {
        foreach (var (index, catalogue) in new[] { ("SearchArtists", "Artists"), ("SearchAlbums", "Albums"), ("SearchTracks", "Tracks") })
        {
            await db.Database.ExecuteSqlRawAsync($"INSERT INTO {index} ({index}) VALUES ('integrity-check')");
            var indexed = await IdsAsync(db, $"SELECT rowid FROM {index} ORDER BY rowid");
            var rows = await IdsAsync(db, $"SELECT Id FROM {catalogue} ORDER BY Id");
            Assert.True(indexed.SequenceEqual(rows), $"{index} holds [{string.Join(", ", indexed)}] but {catalogue} holds [{string.Join(", ", rows)}]");
        }
    }

    public static async Task<List<long>> IdsAsync(MediaSuiteDb db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }
}
