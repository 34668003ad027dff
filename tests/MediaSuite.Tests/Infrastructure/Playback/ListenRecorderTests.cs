using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Jobs.Ingest;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Infrastructure.Playback;

/// <summary>Listens written from a player's reports, over two real scanned tracks of two seconds.</summary>
public sealed class ListenRecorderTests : IAsyncLifetime
{
    private const string Output = "tab-1";
    private const string Device = "4f2a9c0d1e7b4a6c";
    private static readonly ContextLabel Album = new(ContextKind.Album, "12", "Blue Hour");

    private ScannerHarness _harness = default!;
    private string _user = "";
    private long _first;
    private long _second;

    private ListenRecorder Recorder => _harness.Factory.Services.GetRequiredService<ListenRecorder>();

    public async Task InitializeAsync()
    {
        _harness = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(_harness.PathOf("Band/Blue Hour/01.mp3"), new() { ["title"] = "One", ["artist"] = "Band", ["album"] = "Blue Hour", ["track"] = "1" }, seconds: 2);
        await AudioFixtures.MakeAsync(_harness.PathOf("Band/Blue Hour/02.mp3"), new() { ["title"] = "Two", ["artist"] = "Band", ["album"] = "Blue Hour", ["track"] = "2" }, 550, seconds: 2);
        await _harness.ScanAsync();
        var tracks = await _harness.TracksAsync();
        _first = tracks.Single(t => t.Track.Title == "One").Track.Id;
        _second = tracks.Single(t => t.Track.Title == "Two").Track.Id;
        await AccountClient.HouseholdAsync(_harness.Factory);
        _user = (await _harness.Factory.Services.GetRequiredService<UserAdminService>().ListAsync()).Single(u => u.UserName == "member1").Id;
    }

    private ListenSubject Subject(long itemId, long trackId, ContextLabel? context = null) => new(_user, Device, itemId, trackId, context ?? Album);

    private async Task<List<Listen>> ListensAsync()
    {
        await using var db = await _harness.DbAsync();
        return await db.Listens.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
    }

    [Fact]
    public async Task FinishAsync_PlayedToTheEnd_IsCompletedWithItsDeviceAndContext()
    {
        await Recorder.ProgressAsync(Output, Subject(1, _first), 0);
        await Recorder.ProgressAsync(Output, Subject(1, _first), 900);

        var written = await Recorder.FinishAsync(Output, _user, 1, ListenEnd.Completed, 1_950);

        var listen = Assert.Single(await ListensAsync());
        Assert.Equal(written!.Id, listen.Id);
        Assert.Equal((_user, Device, _first), (listen.UserId, listen.DeviceId, listen.TrackId));
        Assert.Equal((ContextKind?)ContextKind.Album, listen.ContextKind);
        Assert.Equal(("12", "Blue Hour"), (listen.ContextId, listen.ContextName));
        Assert.Equal(1_950, listen.PlayedMs);
        Assert.True(listen.Completed);
        Assert.False(listen.Skipped);
        Assert.True(listen.CountsAsPlay);
        Assert.InRange(listen.StartedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ProgressAsync_OfAnotherItem_WritesTheOneBeforeAsSkipped()
    {
        await Recorder.ProgressAsync(Output, Subject(1, _first), 0);
        await Recorder.ProgressAsync(Output, Subject(1, _first), 600);

        await Recorder.ProgressAsync(Output, Subject(2, _second), 0);

        var listen = Assert.Single(await ListensAsync());
        Assert.Equal(_first, listen.TrackId);
        Assert.True(listen.Skipped);
        Assert.False(listen.Completed);
        Assert.Equal(600, listen.PlayedMs);
        Assert.False(listen.CountsAsPlay, "600 ms of a two-second track is less than half");
    }

    [Fact]
    public async Task FinishAsync_HalfTheTrack_CountsAsAPlay_JustUnderHalfDoesNot()
    {
        var duration = await DurationAsync(_first);
        await Recorder.ProgressAsync(Output, Subject(1, _first), 0);
        var under = await Recorder.FinishAsync(Output, _user, 1, ListenEnd.Skipped, duration / 2 - 1);
        await Recorder.ProgressAsync(Output, Subject(2, _first), 0);
        var half = await Recorder.FinishAsync(Output, _user, 2, ListenEnd.Skipped, (duration + 1) / 2);

        Assert.False(under!.CountsAsPlay);
        Assert.True(half!.CountsAsPlay);
    }

    [Fact]
    public async Task FinishAsync_ALongTrack_CountsAfterFourMinutesEvenBeforeHalf()
    {
        await using (var db = await _harness.DbAsync())
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Tracks SET DurationMs = {20 * 60_000} WHERE Id = {_second}");
        await Recorder.ProgressAsync(Output, Subject(1, _second), 0);
        var short_ = await Recorder.FinishAsync(Output, _user, 1, ListenEnd.Skipped, 4 * 60_000 - 1);
        await Recorder.ProgressAsync(Output, Subject(2, _second), 0);
        var long_ = await Recorder.FinishAsync(Output, _user, 2, ListenEnd.Skipped, 4 * 60_000);

        Assert.False(short_!.CountsAsPlay);
        Assert.True(long_!.CountsAsPlay);
    }

    [Fact]
    public async Task AbandonAsync_APlayerThatDied_KeepsWhatItLastReportedAsNeitherCompletedNorSkipped()
    {
        await Recorder.ProgressAsync(Output, Subject(1, _first, new ContextLabel(ContextKind.Playlist, "3", "Road trip")), 0);
        await Recorder.ProgressAsync(Output, Subject(1, _first), 1_200);

        await Recorder.AbandonAsync(Output);

        var listen = Assert.Single(await ListensAsync());
        Assert.Equal(1_200, listen.PlayedMs);
        Assert.False(listen.Completed);
        Assert.False(listen.Skipped);
        Assert.Equal("Road trip", listen.ContextName);
        Assert.Null(await Recorder.AbandonAsync(Output));
    }

    [Fact]
    public async Task FinishAsync_NothingHeard_OrNotThatPlayersListen_WritesNothing()
    {
        await Recorder.ProgressAsync(Output, Subject(1, _first), 0);
        Assert.Null(await Recorder.FinishAsync(Output, _user, 1, ListenEnd.Skipped, 0));

        await Recorder.ProgressAsync(Output, Subject(2, _first), 500);
        Assert.Null(await Recorder.FinishAsync("another-tab", _user, 2, ListenEnd.Completed, 500));
        Assert.Null(await Recorder.FinishAsync(Output, "someone-else", 2, ListenEnd.Completed, 500));
        Assert.Null(await Recorder.FinishAsync(Output, _user, 99, ListenEnd.Completed, 500));

        Assert.Empty(await ListensAsync());
    }

    [Fact]
    public async Task RecordAsync_WithoutDeviceOrContext_StoresNulls()
    {
        var listen = await Recorder.RecordAsync(new ListenSubject(_user, null, 1, _first, null), DateTimeOffset.UtcNow, 1_000, ListenEnd.Completed);

        var stored = Assert.Single(await ListensAsync());
        Assert.Equal(listen!.Id, stored.Id);
        Assert.Null(stored.DeviceId);
        Assert.Null(stored.ContextKind);
        Assert.Null(stored.ContextName);
    }

    private async Task<long> DurationAsync(long trackId)
    {
        await using var db = await _harness.DbAsync();
        return await db.Tracks.Where(t => t.Id == trackId).Select(t => t.DurationMs!.Value).SingleAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();
}
