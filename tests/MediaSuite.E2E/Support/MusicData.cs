using MediaSuite.Domain.Accounts;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Accounts;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MediaSuite.E2E.Support;

/// <summary>People and listening history for the music server, written through the server's own services.</summary>
public static class MusicData
{
    public const string Password = "a long enough password";
    private static int _next;

    public static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };
    public static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
    };
    public static readonly BrowserNewContextOptions Tv = new() { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } };

    /// <summary>A member with no history, so each test starts from a new user's Home.</summary>
    public static async Task<(string Name, string Id)> NewMemberAsync(MusicServer music)
    {
        var name = $"listener{Interlocked.Increment(ref _next)}";
        using var scope = music.Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, Roles.Member));
        return (name, user.Id);
    }

    /// <summary>A new member signed in in a browser context of the given layout (TV sets the layout cookie).</summary>
    public static async Task<(IPage Page, string UserId)> SignedInMemberAsync(BrowserFixture browser, MusicServer music, BrowserNewContextOptions layout)
    {
        var (name, id) = await NewMemberAsync(music);
        var context = await browser.Browser.NewContextAsync(layout);
        if (ReferenceEquals(layout, Tv)) await context.AddCookiesAsync([new Cookie { Name = "ms-layout", Value = "tv", Url = music.Server.BaseUrl }]);
        var page = await context.NewPageAsync();
        await Pages.SignInAsync(page, music.Server.BaseUrl, name, Password);
        return (page, id);
    }

    public static async Task<long> TrackIdAsync(MusicServer music, string title)
    {
        await using var db = await DbAsync(music);
        return await db.Tracks.Where(t => t.Title == title).Select(t => t.Id).SingleAsync();
    }

    public static async Task<(long Id, List<long> Tracks)> AlbumAsync(MusicServer music, string title)
    {
        await using var db = await DbAsync(music);
        var id = await db.Albums.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
        var tracks = await db.Tracks.Where(t => t.AlbumId == id).OrderBy(t => t.DiscNumber).ThenBy(t => t.TrackNumber).Select(t => t.Id).ToListAsync();
        return (id, tracks);
    }

    public static async Task ListenAsync(MusicServer music, string userId, long trackId, DateTimeOffset at, ContextKind? kind = null, string? contextId = null)
    {
        await using var db = await DbAsync(music);
        db.Listens.Add(new Listen
        {
            UserId = userId, TrackId = trackId, ContextKind = kind, ContextId = contextId, ContextName = kind is null ? null : "context",
            StartedAt = at, PlayedMs = 2000, Completed = true, CountsAsPlay = true,
        });
        await db.SaveChangesAsync();
    }

    private static Task<MediaSuiteDb> DbAsync(MusicServer music) =>
        music.Server.Services.GetRequiredService<IDbContextFactory<MediaSuiteDb>>().CreateDbContextAsync();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
