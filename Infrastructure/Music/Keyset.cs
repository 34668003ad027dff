using System.Data.Common;
using System.Text.Json;

namespace MediaSuite.Infrastructure.Music;

/// <summary>A sort column: a fixed SQL expression (never user input) and how its cursor value is typed.</summary>
internal sealed record SortKey(string Sql, bool Text);

/// <summary>
/// Keyset paging over a fixed list of sort keys plus the row id as the final tie-breaker: a page is
/// "the rows after (k1, k2, ..., id)" as one SQLite row-value comparison, so page 400 costs what
/// page 1 does and rows inserted meanwhile never shift or repeat items. Text keys compare NOCASE.
/// NULL-able columns must be wrapped in COALESCE by the caller: a NULL would drop out of the comparison.
/// </summary>
internal sealed class Keyset
{
    private readonly string _tag;
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly string _idSql;
    private readonly bool _descending;

    public Keyset(string list, string sort, bool descending, string idSql, params SortKey[] keys)
    {
        _tag = $"{list}.{sort}.{(descending ? "desc" : "asc")}";
        _keys = keys;
        _idSql = idSql;
        _descending = descending;
    }

    private IEnumerable<string> Expressions => _keys.Select(k => k.Text ? $"{k.Sql} COLLATE NOCASE" : k.Sql).Append(_idSql);

    /// <summary>The key columns to add to the SELECT list, read back by <see cref="CursorOf"/> from <paramref name="firstOrdinal"/> on.</summary>
    public string Columns => string.Join(", ", Expressions);

    public string OrderBy => string.Join(", ", Expressions.Select(e => $"{e} {(_descending ? "DESC" : "ASC")}"));

    /// <summary>The WHERE condition for the rows after <paramref name="cursor"/> ("1" for the first page), and its parameters.</summary>
    public (string Sql, (string Name, object? Value)[] Parameters) After(string? cursor)
    {
        if (cursor is null) return ("1", []);
        var values = Decode(cursor);
        var names = values.Select((_, i) => $"$k{i}").ToArray();
        // The first key alone lets SQLite seek in the index; it does not seek on a row value whose parts carry COLLATE.
        var first = Expressions.First();
        var sql = $"{first} {(_descending ? "<=" : ">=")} $k0 AND ({string.Join(", ", Expressions)}) {(_descending ? "<" : ">")} ({string.Join(", ", names)})";
        return (sql, names.Zip(values, (n, v) => (n, v)).ToArray());
    }

    public string CursorOf(DbDataReader reader, int firstOrdinal)
    {
        var values = new object[_keys.Count + 1];
        for (var i = 0; i < _keys.Count; i++) values[i] = _keys[i].Text ? reader.GetString(firstOrdinal + i) : reader.GetInt64(firstOrdinal + i);
        values[^1] = reader.GetInt64(firstOrdinal + _keys.Count);
        var json = JsonSerializer.SerializeToUtf8Bytes(new { s = _tag, k = values });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private object?[] Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var bytes = Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.GetProperty("s").GetString() != _tag) throw Malformed($"it belongs to another list or sort order than {_tag}");
            var k = root.GetProperty("k");
            if (k.GetArrayLength() != _keys.Count + 1) throw Malformed("it has the wrong number of sort keys");
            var values = new object?[_keys.Count + 1];
            for (var i = 0; i <= _keys.Count; i++)
            {
                var element = k[i];
                var text = i < _keys.Count && _keys[i].Text;
                values[i] = text ? element.GetString() ?? throw Malformed("a text key is null") : element.GetInt64();
            }
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw Malformed("it could not be read");
        }
    }

    private static ArgumentException Malformed(string why) =>
        new($"The page cursor is not one this list handed out ({why}); start again from the first page.", "after");
}
