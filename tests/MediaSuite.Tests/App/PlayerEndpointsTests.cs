using System.Net;
using System.Net.Http.Json;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

/// <summary>POST /api/player/gone: the last word of a page that goes away while it plays.</summary>
public sealed class PlayerEndpointsTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = new();

    private T Service<T>() where T : notnull => _factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task Gone_FromTheTabThatPlays_PausesTheQueueWhereItStoppedAndFreesTheSpeaker()
    {
        var (_, member) = await HouseholdAsync(_factory);
        var userId = (await Service<UserAdminService>().ListAsync()).Single(u => u.UserName == "member1").Id;
        var playing = await Service<PlaybackSessions>().ApplyAsync(userId, new QueueCommand.Play(new PlaybackContext(ContextKind.Album, "1", "A", [11, 12]), null, 7));
        await Service<PlaybackOutputs>().ClaimAsync(userId, "tab-a");

        var response = await member.PostAsJsonAsync("/api/player/gone", new { outputId = "tab-a", itemId = playing.Current!.Id, positionMs = 73_000, playedMs = 70_000 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var state = await Service<PlaybackSessions>().GetAsync(userId);
        Assert.False(state.IsPlaying);
        Assert.Equal(73_000, state.PositionMs);
        Assert.Null(Service<PlaybackOutputs>().ActiveOf(userId));
    }

    [Fact]
    public async Task Gone_FromATabThatDoesNotPlay_ChangesNothing()
    {
        var (_, member) = await HouseholdAsync(_factory);
        var userId = (await Service<UserAdminService>().ListAsync()).Single(u => u.UserName == "member1").Id;
        var playing = await Service<PlaybackSessions>().ApplyAsync(userId, new QueueCommand.Play(new PlaybackContext(ContextKind.Album, "1", "A", [11]), null, 7));
        await Service<PlaybackOutputs>().ClaimAsync(userId, "tab-a");

        var response = await member.PostAsJsonAsync("/api/player/gone", new { outputId = "tab-b", itemId = playing.Current!.Id, positionMs = 5_000, playedMs = 0 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True((await Service<PlaybackSessions>().GetAsync(userId)).IsPlaying);
        Assert.Equal("tab-a", Service<PlaybackOutputs>().ActiveOf(userId));
    }

    [Theory]
    [InlineData(null, 1L, 0L)]
    [InlineData("tab-a", 0L, 0L)]
    [InlineData("tab-a", 1L, -5L)]
    public async Task Gone_WithAnIncompleteReport_Is400(string? outputId, long itemId, long positionMs)
    {
        var (_, member) = await HouseholdAsync(_factory);

        var response = await member.PostAsJsonAsync("/api/player/gone", new { outputId, itemId, positionMs, playedMs = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("player report", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gone_WithoutSignIn_Is401()
    {
        var anonymous = _factory.CreateBrowserLikeClient();
        await HouseholdAsync(_factory);

        var response = await anonymous.PostAsJsonAsync("/api/player/gone", new { outputId = "tab-a", itemId = 1, positionMs = 0, playedMs = 0 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
