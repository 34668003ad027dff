using MediaSuite.Components.Music;
using MediaSuite.Infrastructure.Music;

namespace MediaSuite.Tests.Components.Music;

public class KeysetPagerTests
{
    /// <summary>A keyset source over 0..n-1: the cursor is the last number handed out, as the real ones name the last row.</summary>
    private sealed class Numbers(int n)
    {
        public List<string?> Asked { get; } = [];

        public Task<Page<int>> FetchAsync(string? after, int count, CancellationToken _)
        {
            Asked.Add(after);
            var start = after is null ? 0 : int.Parse(after) + 1;
            var items = Enumerable.Range(start, Math.Max(0, Math.Min(count, n - start))).ToList();
            var next = start + count < n ? (start + count - 1).ToString() : null;
            return Task.FromResult(new Page<int>(items, next));
        }
    }

    [Fact]
    public async Task GetAsync_RowsAcrossTwoPages_ReadsEachPageOnceInOrder()
    {
        var source = new Numbers(100);
        var pager = new KeysetPager<int>(source.FetchAsync, pageSize: 10);

        Assert.Equal(Enumerable.Range(5, 10), await pager.GetAsync(5, 10));
        Assert.Equal(Enumerable.Range(12, 5), await pager.GetAsync(12, 5));

        Assert.Equal([null, "9"], source.Asked);
    }

    [Fact]
    public async Task Count_GrowsByAPageAsTheListIsRead_ThenIsExactAtTheEnd()
    {
        var pager = new KeysetPager<int>(new Numbers(25).FetchAsync, pageSize: 10);

        Assert.Equal(10, pager.Count);
        await pager.GetAsync(0, 10);
        Assert.Equal(20, pager.Count);
        Assert.False(pager.CountIsExact);

        var tail = await pager.GetAsync(15, 50);

        Assert.Equal(Enumerable.Range(15, 10), tail);
        Assert.Equal(25, pager.Count);
        Assert.True(pager.CountIsExact);
        Assert.Empty(await pager.GetAsync(30, 10));
    }

    [Fact]
    public async Task GetAsync_FarAhead_WalksForwardFromTheLastKnownCursor()
    {
        var source = new Numbers(1000);
        var pager = new KeysetPager<int>(source.FetchAsync, pageSize: 10);

        Assert.Equal([455, 456, 457], await pager.GetAsync(455, 3));

        Assert.Equal(46, pager.Reads);
        Assert.Equal(Enumerable.Range(0, 46).Select(p => p == 0 ? null : (p * 10 - 1).ToString()), source.Asked);
    }

    [Fact]
    public async Task GetAsync_BackToAnEvictedPage_ReadsItAgainByItsCursorOnly()
    {
        var source = new Numbers(1000);
        var pager = new KeysetPager<int>(source.FetchAsync, pageSize: 10, keptPages: 3);
        await pager.GetAsync(0, 100); // pages 0..9 read; only 7, 8, 9 keep their rows

        var again = await pager.GetAsync(30, 5);

        Assert.Equal(Enumerable.Range(30, 5), again);
        Assert.Equal(11, pager.Reads);
        Assert.Equal("29", source.Asked[^1]);
        Assert.Equal(Enumerable.Range(95, 5), await pager.GetAsync(95, 5)); // page 9 is still kept
        Assert.Equal(11, pager.Reads);
    }

    [Fact]
    public async Task EmptyList_HasNoRowsAndAnExactCountOfZero()
    {
        var pager = new KeysetPager<int>(new Numbers(0).FetchAsync, pageSize: 10);

        Assert.Empty(await pager.GetAsync(0, 20));
        Assert.Equal(0, pager.Count);
        Assert.True(pager.CountIsExact);
    }

    [Fact]
    public async Task BadArguments_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeysetPager<int>(new Numbers(1).FetchAsync, pageSize: 0));
        var pager = new KeysetPager<int>(new Numbers(1).FetchAsync, pageSize: 10);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pager.GetAsync(-1, 5));
        Assert.Empty(await pager.GetAsync(0, 0));
    }
}
