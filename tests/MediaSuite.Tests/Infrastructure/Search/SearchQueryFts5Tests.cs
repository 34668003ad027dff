using MediaSuite.Domain.Search;
using Microsoft.Data.Sqlite;

namespace MediaSuite.Tests.Infrastructure.Search;

/// <summary>The query builder's output against a real FTS5 table with the index's tokenizer: never a syntax error, only ever literal words.</summary>
public sealed class SearchQueryFts5Tests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SearchQueryFts5Tests()
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE s USING fts5(Title, Artists, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')");
        Execute("INSERT INTO s (rowid, Title, Artists) VALUES (1, 'Northern Lights', 'Aurora Band'), (2, 'Beyoncé', 'Quartet'), (3, 'Love and Fire', 'NEAR Band'), " +
            "(4, 'Or Not', 'And'), (5, 'Jay-Z Live', 'x'), (6, 'Title', 'y')");
    }

    [Theory]
    [InlineData("nor", new long[] { 1 })]
    [InlineData("northern lig", new long[] { 1 })]
    [InlineData("beyonce", new long[] { 2 })]
    [InlineData("BEYONCÉ", new long[] { 2 })]
    [InlineData("love and", new long[] { 3 })]
    [InlineData("or not", new long[] { 4 })]
    [InlineData("AND", new long[] { 3, 4 })]
    [InlineData("near", new long[] { 3 })]
    [InlineData("jay-z", new long[] { 5 })]
    [InlineData("title:northern", new long[] { })]
    [InlineData("\"a\" OR -b*", new long[] { })]
    [InlineData("love NOT fire", new long[] { })]
    public void Match_FindsTheLiteralWords(string typed, long[] expected) => Assert.Equal(expected, Rows(SearchQuery.Parse(typed)!.Match));

    [Fact]
    public void Match_HostileInputOfEveryShape_NeverAnFts5Error()
    {
        string[] pieces = ["\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "AND", "OR", "NOT", "NEAR", "NEAR(", ",", "\\", "%", "_", "a", "é", "北", "🎸", "\0", "  ", "title:", "rank", "bm25("];
        var random = new Random(5);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : "")));
            if (SearchQuery.Parse(text) is not { } query) continue;
            var exception = Record.Exception(() => Rows(query.Match));
            Assert.True(exception is null, $"'{text}' → {query.Match}: {exception?.Message}");
        }
    }

    private List<long> Rows(string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM s WHERE s MATCH $m ORDER BY rowid";
        command.Parameters.AddWithValue("$m", match);
        using var reader = command.ExecuteReader();
        var rows = new List<long>();
        while (reader.Read()) rows.Add(reader.GetInt64(0));
        return rows;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();
}
