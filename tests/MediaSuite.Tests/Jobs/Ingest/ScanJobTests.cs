using MediaSuite.Domain.Jobs;
using MediaSuite.Domain.Library;
using MediaSuite.Jobs;
using MediaSuite.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs.Ingest;

/// <summary>The scan as the engine runs it: from the job queue and from the file-system watcher.</summary>
public sealed class ScanJobTests
{
    [Fact]
    public async Task ScanJob_RunsOnTheEngine_AndReportsWhatItFound()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("A/One/01.mp3"), new() { ["title"] = "a1", ["artist"] = "A", ["album"] = "One" });

        var id = await h.Factory.QueueAsync(LibraryScanJob.Key, h.Library.Id.ToString());
        var run = await h.Factory.WaitForStateAsync(id, JobRunState.Succeeded);

        Assert.Contains("1 new", run.Message);
        Assert.Single(await h.FilesAsync());
        var again = await h.Factory.Scheduler().EnqueueAsync(LibraryScanJob.Key, "999");
        var failed = await h.Factory.WaitForStateAsync(again.RunId!.Value, JobRunState.Failed);
        Assert.Contains("no library 999", failed.Error);
    }

    [Fact]
    public async Task Watcher_NewFile_QueuesAScanOfJustThatFolder()
    {
        await using var h = await ScannerHarness.StartAsync(configure: f => f
            .With("MediaSuite:Library:Watch", "true").With("MediaSuite:Library:WatcherQuietPeriod", "00:00:00.300"));
        await AudioFixtures.MakeAsync(h.PathOf("A/One/01.mp3"), new() { ["title"] = "a1", ["artist"] = "A", ["album"] = "One" });
        await h.ScanAsync();
        await h.Factory.Services.GetRequiredService<LibraryWatcher>().RefreshAsync();

        await AudioFixtures.MakeAsync(h.PathOf("A/One/02.mp3"), new() { ["title"] = "a2", ["artist"] = "A", ["album"] = "One" }, 500);

        var run = await WaitForWatcherRunAsync(h.Factory, $"{h.Library.Id}:A/One");
        Assert.Contains("1 new", run.Message);
        Assert.Equal(["A/One/01.mp3", "A/One/02.mp3"], (await h.FilesAsync()).Select(f => f.Path));
    }

    private static async Task<JobRun> WaitForWatcherRunAsync(MediaSuiteFactory factory, string target)
    {
        using var signal = new SemaphoreSlim(0);
        using var subscription = factory.Services.GetRequiredService<JobEvents>().Subscribe(_ => signal.Release());
        var deadline = DateTime.UtcNow + JobsHarness.Patience;
        while (true)
        {
            var done = (await factory.Runs().ListHistoryAsync(50)).FirstOrDefault(r => r.Trigger == JobTrigger.Watcher && r.Target == target && r.State == JobRunState.Succeeded);
            if (done is not null) return done;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await signal.WaitAsync(left)) throw new Xunit.Sdk.XunitException($"No watcher scan of {target} finished.");
        }
    }
}
