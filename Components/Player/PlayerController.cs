using System.Security.Claims;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace MediaSuite.Components.Player;

/// <summary>
/// What pages call to start or queue music for the signed-in user (one per circuit). Refusals from the
/// queue rules are shown as a notification rather than thrown into the page.
/// </summary>
public sealed class PlayerController(PlaybackSessions sessions, AuthenticationStateProvider auth, NotificationService notifications)
{
    private string? _userId;

    public async Task<string> UserIdAsync()
    {
        if (_userId is not null) return _userId;
        var user = (await auth.GetAuthenticationStateAsync()).User;
        return _userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Playback needs a signed-in user.");
    }

    public async Task<PlaybackState> StateAsync() => await sessions.GetAsync(await UserIdAsync());

    /// <summary>Plays <paramref name="context"/> from <paramref name="startIndex"/> (its first track, or a random one under shuffle, when null).</summary>
    public Task PlayAsync(PlaybackContext context, int? startIndex = null) =>
        SendAsync(new QueueCommand.Play(context, startIndex, Random.Shared.Next()));

    public async Task PlayNextAsync(IReadOnlyList<long> trackIds, string what)
    {
        if (await SendAsync(new QueueCommand.PlayNext(trackIds))) Notify($"{what} plays next");
    }

    public async Task AddToQueueAsync(IReadOnlyList<long> trackIds, string what)
    {
        if (await SendAsync(new QueueCommand.AddToQueue(trackIds))) Notify($"{what} added to the queue");
    }

    /// <summary>Applies any queue command for this user; false (after telling the user why) when the rules refuse it.</summary>
    public async Task<bool> SendAsync(QueueCommand command)
    {
        try
        {
            await sessions.ApplyAsync(await UserIdAsync(), command);
            return true;
        }
        catch (QueueException e)
        {
            notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = e.Message, Duration = 4000 });
            return false;
        }
    }

    public async Task<IDisposable> SubscribeAsync(Func<PlaybackState, Task> onChanged) => sessions.Subscribe(await UserIdAsync(), onChanged);

    private void Notify(string text) =>
        notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Info, Summary = text, Duration = 2500 });
}
