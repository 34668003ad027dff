using System.Net;
using MediaSuite.Domain.Jobs;
using MediaSuite.Jobs.Maintenance;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.Jobs;

public sealed class CleanupJobTests : IDisposable
{
    private readonly TestClock _clock = new(DateTimeOffset.UtcNow);
    private readonly MediaSuiteFactory _factory;

    public CleanupJobTests() => _factory = new MediaSuiteFactory { Clock = _clock, ExtraServices = TestJobs.Register };

    [Fact]
    public async Task Cleanup_RemovesDeadInvitesAndOldRuns_KeepsTheRest()
    {
        var admin = _factory.CreateBrowserLikeClient();
        Expect(await OnboardAsync(admin), HttpStatusCode.Redirect);
        var expiredLongAgo = await CreateInviteAsync(admin, hours: 1);
        var usedLongAgo = await CreateInviteAsync(admin, hours: 1);
        Expect(await RegisterAsync(_factory.CreateBrowserLikeClient(), usedLongAgo.Url, "old-member", "old member pass"), HttpStatusCode.Redirect);
        var oldRun = await _factory.QueueAsync("test-items", "old");
        await _factory.WaitForStateAsync(oldRun, JobRunState.Succeeded);

        _clock.Advance(TimeSpan.FromDays(59)); // the retention is 30 days, the invite grace 7
        admin = _factory.CreateBrowserLikeClient(); // the old sign-in expired with the passing days
        Expect(await SignInAsync(admin, AdminName, AdminPassword), HttpStatusCode.Redirect);
        var stillOpen = await CreateInviteAsync(admin, hours: 24);
        var recentRun = await _factory.QueueAsync("test-items", "recent");
        await _factory.WaitForStateAsync(recentRun, JobRunState.Succeeded);

        var cleanup = await _factory.QueueAsync(SessionCleanupJob.Descriptor.Key);
        var run = await _factory.WaitForStateAsync(cleanup, JobRunState.Succeeded);

        Assert.Equal("Removed 1 dead invite(s) and 1 old job run(s).", run.Message);
        Assert.Null(await _factory.Runs().GetAsync(oldRun));
        Assert.NotNull(await _factory.Runs().GetAsync(recentRun));
        var invites = await _factory.Services.GetRequiredService<MediaSuite.Infrastructure.Accounts.InviteService>().ListAsync();
        Assert.DoesNotContain(invites, i => i.Id == expiredLongAgo.Id);
        Assert.Contains(invites, i => i.Id == usedLongAgo.Id);
        Assert.Contains(invites, i => i.Id == stillOpen.Id);
    }

    public void Dispose() => _factory.Dispose();
}
