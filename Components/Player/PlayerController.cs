using System.Security.Claims;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace MediaSuite.Components.Player;

/// <summary>
/// What pages call to start or queue music for the signed-in user (one per circuit). Refusals from the
/// queue rules are shown as a notification rather than thrown into the page. The circuit is one
/// player output (<see cref="OutputId"/>): starting playback here makes this tab the one that plays.
/// </summary>
public sealed class PlayerController(PlaybackSessions sessions, PlaybackOutputs outputs, AuthenticationStateProvider auth, NotificationService notifications)
{
    private string? _userId;

    /// <summary>This tab's player among the user's open tabs (see <see cref="PlaybackOutputs"/>).</summary>
    public string OutputId { get; } = Guid.NewGuid().ToString("N");

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
        var userId = await UserIdAsync();
        // Audio may only start from a user's gesture, so the tab where playback is started is the one that plays it.
        if (command is QueueCommand.Play or QueueCommand.PlayFromHere or QueueCommand.Resume || outputs.ActiveOf(userId) is null)
            await outputs.ClaimAsync(userId, OutputId);
        try
        {
            await sessions.ApplyAsync(userId, command);
            return true;
        }
        catch (QueueException e)
        {
            notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = e.Message, Duration = 4000 });
            return false;
        }
    }

    /// <summary>The audio element's report about the item it plays; ignored once that item is no longer current.</summary>
    public async Task<PlaybackState> ReportAsync(long itemId, QueueCommand command) =>
        await sessions.ReportAsync(await UserIdAsync(), itemId, command);

    /// <summary>True when this tab is the one that plays the user's audio.</summary>
    public async Task<bool> IsOutputAsync() => outputs.ActiveOf(await UserIdAsync()) == OutputId;

    /// <summary>Makes this tab the speaker only when the user has none (the first tab opened, or the others closed).</summary>
    public async Task<bool> ClaimIfNoneAsync()
    {
        var userId = await UserIdAsync();
        if (outputs.ActiveOf(userId) is null) await outputs.ClaimAsync(userId, OutputId);
        return outputs.ActiveOf(userId) == OutputId;
    }

    /// <summary>This tab's player is going away: another tab may take over.</summary>
    public async Task ReleaseOutputAsync() => await outputs.ReleaseAsync(await UserIdAsync(), OutputId);

    public async Task<IDisposable> SubscribeAsync(Func<PlaybackState, Task> onChanged) => sessions.Subscribe(await UserIdAsync(), onChanged);

    public async Task<IDisposable> SubscribeChangesAsync(Func<PlaybackChange, Task> onChanged) => sessions.SubscribeChanges(await UserIdAsync(), onChanged);

    /// <summary>Hears when the user's speaker changes: the output id of the new one (compare with <see cref="OutputId"/>), null for none.</summary>
    public async Task<IDisposable> SubscribeOutputAsync(Func<string?, Task> onChanged) => outputs.Subscribe(await UserIdAsync(), onChanged);

    private void Notify(string text) =>
        notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Info, Summary = text, Duration = 2500 });
}
