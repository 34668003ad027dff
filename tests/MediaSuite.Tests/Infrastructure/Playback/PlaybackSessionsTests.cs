using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Domain.Playback;
using MediaSuite.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaSuite.Tests.Infrastructure.Playback;

/// <summary>Per-user playback held in memory and saved in SQLite. A "restart" is a new <see cref="PlaybackSessions"/> on the same database.</summary>
public sealed class PlaybackSessionsTests : IAsyncLifetime
{
    private readonly MediaSuiteFactory _factory = new();
    private string _admin = "";
    private string _member = "";

    private IDbContextFactory<MediaSuiteDb> Dbs => _factory.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>();

    public async Task InitializeAsync()
    {
        await AccountClient.HouseholdAsync(_factory);
        var users = await _factory.Services.GetRequiredService<UserAdminService>().ListAsync();
        _admin = users.Single(u => u.UserName == AccountClient.AdminName).Id;
        _member = users.Single(u => u.UserName == "member1").Id;
    }

    private PlaybackSessions NewSessions() => new(Dbs, new QueueEngine(new FakeRadio()), TimeProvider.System, NullLogger<PlaybackSessions>.Instance);

    [Fact]
    public async Task GetAsync_AfterARestart_ResumesTheSavedQueuePausedAtItsPosition()
    {
        var before = NewSessions();
        await before.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(1, 2, 3), 1, 7));
        await before.ApplyAsync(_member, new QueueCommand.PlayNext([9]));
        var playing = await before.ApplyAsync(_member, new QueueCommand.SetPosition(42_000));
        Assert.True(playing.IsPlaying);

        var after = await NewSessions().GetAsync(_member);

        Assert.False(after.IsPlaying);
        Assert.Equal(2, after.Current!.TrackId);
        Assert.Equal(42_000, after.PositionMs);
        Assert.Equal([9], after.Queue.Select(e => e.TrackId));
        Assert.Equal([3], after.Context!.Upcoming.Select(s => after.Context.TrackAt(s.Index)));
        Assert.Equal(playing.Revision, after.Revision);
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentCommandsForOneUser_AreAppliedOneAtATimeAndNoneIsLost()
    {
        var sessions = NewSessions();
        var start = await sessions.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(1), null, 7));

        await Task.WhenAll(Enumerable.Range(100, 40).Select(id => Task.Run(() => sessions.ApplyAsync(_member, new QueueCommand.AddToQueue([id])))));

        var state = await sessions.GetAsync(_member);
        Assert.Equal(Enumerable.Range(100, 40).Select(i => (long)i).Order(), state.Queue.Select(e => e.TrackId).Order());
        Assert.Equal(40, state.Queue.Select(e => e.Id).Distinct().Count());
        Assert.Equal(start.Revision + 40, state.Revision);
        var saved = await NewSessions().GetAsync(_member);
        Assert.Equal(state.Queue.ToArray(), saved.Queue.ToArray());
    }

    [Fact]
    public async Task GetAsync_ACorruptSavedRow_StartsEmptyWithoutTouchingOtherUsers()
    {
        var sessions = NewSessions();
        await sessions.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(5, 6), null, 7));
        await sessions.ApplyAsync(_admin, new QueueCommand.Play(Contexts.Album(1, 2), null, 7));
        await using (var db = await Dbs.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE SavedPlayback SET StateJson = {"{\"Current\": {\"Id\": \"not a number\""}, Revision = 12 WHERE UserId = {_admin}");
        }

        var restarted = NewSessions();
        var broken = await restarted.GetAsync(_admin);
        var other = await restarted.GetAsync(_member);

        Assert.Null(broken.Current);
        Assert.Empty(broken.Queue);
        Assert.Equal(13, broken.Revision);
        Assert.Equal(5, other.Current!.TrackId);
        Assert.Equal([6], other.Context!.Upcoming.Select(s => other.Context.TrackAt(s.Index)));

        // The user can play again, and what they play replaces the unreadable row.
        await restarted.ApplyAsync(_admin, new QueueCommand.Play(Contexts.Album(3), null, 7));
        Assert.Equal(3, (await NewSessions().GetAsync(_admin)).Current!.TrackId);
    }

    [Fact]
    public async Task SubscribeChanges_HearsEachChangeWithItsCommand_UntilDisposed()
    {
        var sessions = NewSessions();
        var heard = new List<PlaybackChange>();
        var subscription = sessions.SubscribeChanges(_member, change =>
        {
            lock (heard) heard.Add(change);
            return Task.CompletedTask;
        });
        var othersHeard = 0;
        using var other = sessions.Subscribe(_admin, _ => { othersHeard++; return Task.CompletedTask; });

        await sessions.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(1, 2), null, 7));
        await sessions.ApplyAsync(_member, new QueueCommand.SetPosition(1_000));
        await sessions.ApplyAsync(_member, new QueueCommand.SetPosition(1_000)); // changes nothing: nothing to hear
        subscription.Dispose();
        await sessions.ApplyAsync(_member, new QueueCommand.Next());

        Assert.Collection(heard,
            c => Assert.IsType<QueueCommand.Play>(c.Command),
            c =>
            {
                Assert.Equal(new QueueCommand.SetPosition(1_000), c.Command);
                Assert.Equal(1_000, c.State.PositionMs);
            });
        Assert.Equal(0, othersHeard);
    }

    [Fact]
    public async Task Subscribe_AFailingSubscriber_DoesNotStopTheCommandOrTheOthers()
    {
        var sessions = NewSessions();
        var heard = 0;
        using var failing = sessions.Subscribe(_member, _ => throw new InvalidOperationException("a broken page"));
        using var working = sessions.Subscribe(_member, _ => { heard++; return Task.CompletedTask; });

        var state = await sessions.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(1), null, 7));

        Assert.Equal(1, state.Current!.TrackId);
        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task ReportAsync_AboutAnItemNoLongerCurrent_ChangesNothing()
    {
        var sessions = NewSessions();
        var first = await sessions.ApplyAsync(_member, new QueueCommand.Play(Contexts.Album(1, 2, 3), null, 7));
        var second = await sessions.ApplyAsync(_member, new QueueCommand.Next());

        var late = await sessions.ReportAsync(_member, first.Current!.Id, new QueueCommand.TrackEnded());
        Assert.Same(second, late);
        Assert.Equal(2, late.Current!.TrackId);

        var ended = await sessions.ReportAsync(_member, second.Current!.Id, new QueueCommand.TrackEnded());
        Assert.Equal(3, ended.Current!.TrackId);
        Assert.Equal(second.Revision + 1, ended.Revision);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
