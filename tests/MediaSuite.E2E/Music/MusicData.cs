using MediaSuite.E2E.Support;
using MediaSuite.Tests.Support;
using MediaSuite.Infrastructure.Persistence;
using MediaSuite.Infrastructure.Playback;
using MediaSuite.Domain.Playback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.E2E.Music;

/// <summary>Ids and server-side state the music browser tests check against.</summary>
public static class MusicData
{
    public static async Task<long> AlbumIdAsync(this MusicServer music, string title)
    {
        await using var db = await DbAsync(music);
        return await db.Albums.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    public static async Task<long> ArtistIdAsync(this MusicServer music, string name)
    {
        await using var db = await DbAsync(music);
        return await db.Artists.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    public static async Task<long> TrackIdAsync(this MusicServer music, string title)
    {
        await using var db = await DbAsync(music);
        return await db.Tracks.Where(t => t.Title == title).Select(t => t.Id).SingleAsync();
    }

    public static async Task<string> UserIdAsync(this MusicServer music, string userName)
    {
        await using var db = await DbAsync(music);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<PlaybackState> PlaybackAsync(this MusicServer music, string userName) =>
        await music.Server.Services.GetRequiredService<PlaybackSessions>().GetAsync(await music.UserIdAsync(userName));

    /// <summary>Polls the user's playback until <paramref name="condition"/> holds: the page applies commands over the circuit, after the click returns.</summary>
    public static async Task<PlaybackState> WaitForPlaybackAsync(this MusicServer music, string userName, Func<PlaybackState, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var state = await music.PlaybackAsync(userName);
            if (condition(state)) return state;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The playback of {userName} never reached the expected state; it is at revision {state.Revision}.");
            await Task.Delay(50);
        }
    }

    /// <summary>A new member of the household, so a test's hearts and stars are its own.</summary>
    public static async Task<(string Name, string Password)> NewListenerAsync(this MusicServer music)
    {
        var name = "listener-" + Guid.NewGuid().ToString("N")[..8];
        const string password = "listener password";
        using var admin = music.Server.CreateClient();
        AccountClient.Expect(await AccountClient.SignInAsync(admin, AccountClient.AdminName, AccountClient.AdminPassword), System.Net.HttpStatusCode.Redirect);
        var invite = await AccountClient.CreateInviteAsync(admin);
        using var client = music.Server.CreateClient();
        AccountClient.Expect(await AccountClient.RegisterAsync(client, invite.Url, name, password), System.Net.HttpStatusCode.Redirect);
        return (name, password);
    }

    private static Task<MediaSuiteDb> DbAsync(MusicServer music) =>
        music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();
}
