using System.Data.Common;
using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Infrastructure.Search;

/// <summary>
/// How every group finds its items, in two steps that each read a bounded number of rows, so a search
/// costs about the same on a library of a thousand tracks or a hundred thousand:
/// 1. leading names: a range scan of the name's NOCASE index ("nor" → "Northern Lights", "Nora"),
///    which puts exact and leading names first however common the words are;
/// 2. when those do not fill the group, FTS5 ranked by bm25 over the newest <see cref="RankWindow"/>
///    matches (all of them when there are fewer): bm25 costs a few microseconds per matching row, and a
///    two-letter prefix can match half the library.
/// The two are merged and ordered by <see cref="SearchRanking"/>: exact names, leading names, the rest.
/// </summary>
internal static class SearchSql
{
    public const int RankWindow = 500;

    /// <summary>Above every character, to close the NOCASE prefix range.</summary>
    private const string Highest = "\U0010FFFF";

    /// <param name="leadingSql">Rows whose name is in [$low, $high) (NOCASE), in name order, at most $limit.</param>
    /// <param name="rankedSql">Rows matching $match with rowid ≥ $floor, best bm25 first, at most $limit.</param>
    public static async Task<List<SearchHit>> FindAsync(CatalogReader reader, SearchQuery query, int shown, string table,
        string leadingSql, string rankedSql, Func<DbDataReader, SearchHit> read)
    {
        var leading = await reader.ListAsync(leadingSql, read, ("$low", query.Text), ("$high", query.Text + Highest), ("$limit", shown));
        if (leading.Count < shown)
        {
            var floor = (await reader.ListAsync($"SELECT rowid FROM {table} WHERE {table} MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET $skip",
                r => r.GetInt64(0), ("$match", query.Match), ("$skip", RankWindow - 1))).FirstOrDefault();
            // Twice as many as shown, so that a name the index ranked a little lower can still move up a tier.
            var ranked = await reader.ListAsync(rankedSql, read, ("$match", query.Match), ("$floor", floor), ("$limit", shown * 2));
            var seen = leading.Select(h => h.Id).ToHashSet();
            leading.AddRange(ranked.Where(h => seen.Add(h.Id)));
        }
        return SearchRanking.Order(leading, h => h.Title, query).Take(shown).ToList();
    }
}
