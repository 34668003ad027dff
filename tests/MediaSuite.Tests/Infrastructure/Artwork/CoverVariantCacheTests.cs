using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Artwork;

public sealed class CoverVariantCacheTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "covers-" + Guid.NewGuid().ToString("N"));
    private readonly CoverVariantCache _cache;

    public CoverVariantCacheTests() =>
        _cache = new CoverVariantCache(Options.Create(new MediaSuiteOptions { DataDirectory = _data }), Options.Create(new CoverArtOptions { MaxConcurrentResizes = 2 }));

    [Fact]
    public void Folder_IsUnderTheDataDirectory() =>
        Assert.Equal(Path.Combine(_data, "cache", "covers"), _cache.Folder);

    [Fact]
    public async Task GetOrCreate_ConcurrentRequests_MakeTheVariantOnce()
    {
        var gate = new TaskCompletionSource();
        var runs = 0;
        var final = Path.Combine(_cache.Folder, "abc-300x0-fit.jpg");
        async Task Create(string temporary)
        {
            Interlocked.Increment(ref runs);
            await File.WriteAllTextAsync(temporary, "half");
            Assert.False(File.Exists(final)); // nobody can be served the file before it is complete
            await gate.Task;
            await File.AppendAllTextAsync(temporary, " and whole");
        }

        var requests = Enumerable.Range(0, 6).Select(_ => _cache.GetOrCreateAsync("abc-300x0-fit.jpg", Create)).ToList();
        Assert.All(requests, r => Assert.False(r.IsCompleted));
        gate.SetResult();
        var paths = await Task.WhenAll(requests);

        Assert.Equal(1, runs);
        Assert.All(paths, p => Assert.Equal(final, p));
        Assert.Equal("half and whole", await File.ReadAllTextAsync(final));
        Assert.Equal([final], Directory.GetFiles(_cache.Folder));
    }

    [Fact]
    public async Task GetOrCreate_TemporaryFileKeepsTheExtensionAndFolder()
    {
        string? seen = null;
        await _cache.GetOrCreateAsync("abc-0x0-fit.webp", t => { seen = t; return File.WriteAllBytesAsync(t, [1]); });
        Assert.Equal(".webp", Path.GetExtension(seen)); // vips picks the format by the extension
        Assert.Equal(_cache.Folder, Path.GetDirectoryName(seen));
        Assert.NotEqual(Path.Combine(_cache.Folder, "abc-0x0-fit.webp"), seen);
    }

    [Fact]
    public async Task GetOrCreate_ExistingVariant_IsNotMadeAgain()
    {
        var runs = 0;
        Task Create(string t) { runs++; return File.WriteAllBytesAsync(t, [1, 2, 3]); }
        var first = await _cache.GetOrCreateAsync("abc-100x0-fit.jpg", Create);
        var second = await _cache.GetOrCreateAsync("abc-100x0-fit.jpg", Create);
        Assert.Equal(first, second);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task GetOrCreate_Failure_LeavesNothingAndIsRetriedNextTime()
    {
        var runs = 0;
        async Task Fail(string temporary)
        {
            runs++;
            await File.WriteAllTextAsync(temporary, "partial");
            throw new CoverUnavailableException("vips could not make a thumbnail");
        }

        await Assert.ThrowsAsync<CoverUnavailableException>(() => _cache.GetOrCreateAsync("abc-50x0-fit.jpg", Fail));
        Assert.Empty(Directory.GetFiles(_cache.Folder));
        await Assert.ThrowsAsync<CoverUnavailableException>(() => _cache.GetOrCreateAsync("abc-50x0-fit.jpg", Fail));
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task GetOrCreate_ResizerThatWritesNothing_IsAFailure()
    {
        var failure = await Assert.ThrowsAsync<CoverUnavailableException>(() => _cache.GetOrCreateAsync("abc-60x0-fit.jpg", _ => Task.CompletedTask));
        Assert.Contains("without writing", failure.Message);
    }

    [Fact]
    public async Task GetOrCreate_OneCallerGivingUp_DoesNotStopTheWorkForOthers()
    {
        var gate = new TaskCompletionSource();
        async Task Create(string temporary)
        {
            await gate.Task;
            await File.WriteAllBytesAsync(temporary, [42]);
        }
        using var impatient = new CancellationTokenSource();
        var leaving = _cache.GetOrCreateAsync("abc-70x0-fit.jpg", Create, impatient.Token);
        var staying = _cache.GetOrCreateAsync("abc-70x0-fit.jpg", Create);

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        gate.SetResult();
        Assert.Equal([42], await File.ReadAllBytesAsync(await staying));
    }

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
