using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Components.Music;

/// <summary>
/// Serves a virtualized grid's "rows Skip to Skip+Top" from a keyset-paged list. Pages have a fixed size, so row n
/// is on page n / size; every page's cursor is kept once seen, so going back (or forward again) costs one query per
/// page. Only a window of pages keeps its rows. A page past the ones seen is reached by walking forward from the last
/// known cursor, as keyset paging cannot jump. Until the last page is seen, <see cref="Count"/> is the rows seen plus
/// one more page: the scrollbar grows as the list is read, and no count of the whole library is ever run.
/// </summary>
public sealed class KeysetPager<T>
{
    private readonly Func<string?, int, CancellationToken, Task<Page<T>>> _fetch;
    private readonly int _pageSize;
    private readonly int _keptPages;
    private readonly List<string?> _cursors = [null];
    private readonly Dictionary<int, IReadOnlyList<T>> _pages = [];
    private readonly LinkedList<int> _recent = new();
    private int? _total;

    /// <param name="fetch">Reads <c>count</c> rows after a cursor (null: from the start).</param>
    /// <param name="keptPages">How many pages keep their rows; older ones are read again by their cursor when needed.</param>
    public KeysetPager(Func<string?, int, CancellationToken, Task<Page<T>>> fetch, int pageSize, int keptPages = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(keptPages, 1);
        _fetch = fetch;
        _pageSize = pageSize;
        _keptPages = keptPages;
    }

    /// <summary>All rows once the last page has been read; until then the rows seen plus one page.</summary>
    public int Count => _total ?? _cursors.Count * _pageSize;

    /// <summary>Whether the list's end has been read, so <see cref="Count"/> is exact.</summary>
    public bool CountIsExact => _total is not null;

    /// <summary>How many pages have been read from the source, for tests and logs.</summary>
    public int Reads { get; private set; }

    public async Task<IReadOnlyList<T>> GetAsync(int skip, int top, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        if (top <= 0) return [];
        var first = skip / _pageSize;
        var last = (skip + top - 1) / _pageSize;
        var rows = new List<T>(top);
        for (var page = first; page <= last; page++)
        {
            var items = await PageAsync(page, cancellationToken);
            if (items is null) break;
            rows.AddRange(items);
            if (items.Count < _pageSize) break;
        }
        return rows.Skip(skip - first * _pageSize).Take(top).ToList();
    }

    /// <summary>The page's rows, or null when the list ends before it.</summary>
    private async Task<IReadOnlyList<T>?> PageAsync(int page, CancellationToken cancellationToken)
    {
        if (_pages.TryGetValue(page, out var kept))
        {
            Touch(page);
            return kept;
        }
        // Walk forward from the last cursor known; each read page tells the cursor of the next one.
        while (page >= _cursors.Count)
        {
            if (_total is not null) return null;
            await ReadAsync(_cursors.Count - 1, cancellationToken);
        }
        if (_total is { } total && page * _pageSize >= total && page > 0) return null;
        return await ReadAsync(page, cancellationToken);
    }

    private async Task<IReadOnlyList<T>> ReadAsync(int page, CancellationToken cancellationToken)
    {
        if (_pages.TryGetValue(page, out var kept)) return kept;
        var result = await _fetch(_cursors[page], _pageSize, cancellationToken);
        Reads++;
        if (result.Next is null) _total = page * _pageSize + result.Items.Count;
        else if (page + 1 == _cursors.Count) _cursors.Add(result.Next);
        _pages[page] = result.Items;
        Touch(page);
        while (_recent.Count > _keptPages)
        {
            _pages.Remove(_recent.First!.Value);
            _recent.RemoveFirst();
        }
        return result.Items;
    }

    private void Touch(int page)
    {
        _recent.Remove(page);
        _recent.AddLast(page);
    }
}
