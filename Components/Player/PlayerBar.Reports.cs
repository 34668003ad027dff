using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Player;

/// <summary>What the browser's audio reports (PlayerBar.razor.js calls these). Reports name the queue item they are about, so a late one changes nothing.</summary>
public partial class PlayerBar
{
    /// <param name="startedItemId">The preloaded item the audio started at once, without waiting for the server (gapless).</param>
    [JSInvokable]
    public async Task Ended(long itemId, long? startedItemId)
    {
        if (startedItemId is not null)
        {
            await gate.WaitAsync();
            try
            {
                loadedItemId = startedItemId;
            }
            finally
            {
                gate.Release();
            }
        }
        await Player.ReportAsync(itemId, new QueueCommand.TrackEnded());
    }

    /// <summary>The audio stopped without being told to: the user paused it from the system's controls, headphones were unplugged, or autoplay was refused.</summary>
    [JSInvokable]
    public Task Paused(long itemId, long positionMs) => Player.ReportAsync(itemId, new QueueCommand.Pause(Math.Max(0, positionMs)));

    /// <summary>The user moved the seek bar (or used a key or the lock screen to seek).</summary>
    [JSInvokable]
    public Task Seeked(long itemId, long positionMs) => Player.ReportAsync(itemId, new QueueCommand.SetPosition(Math.Max(0, positionMs)));

    /// <summary>Every few seconds while playing, so a reload or another device resumes here; and the listen's time so far.</summary>
    [JSInvokable]
    public async Task Progress(long itemId, long trackId, long positionMs, long playedMs)
    {
        await Player.ReportAsync(itemId, new QueueCommand.SetPosition(Math.Max(0, positionMs)));
        await Listening(itemId, trackId, playedMs);
    }

    /// <summary>The audio started or resumed playing an item: a listen opens (or goes on).</summary>
    [JSInvokable]
    public async Task Listening(long itemId, long trackId, long playedMs)
    {
        failuresInARow = 0;
        await Listens.ProgressAsync(Player.OutputId, await SubjectAsync(itemId, trackId), playedMs);
    }

    /// <param name="how">"ended", "skipped" or "stopped" (see <see cref="ListenEnd"/>).</param>
    [JSInvokable]
    public async Task ListenDone(long itemId, long playedMs, string how)
    {
        var end = how switch
        {
            "ended" => ListenEnd.Completed,
            "skipped" => ListenEnd.Skipped,
            _ => ListenEnd.Stopped,
        };
        await Listens.FinishAsync(Player.OutputId, await Player.UserIdAsync(), itemId, end, playedMs);
    }

    /// <summary>A key, a media key or the lock screen asked for something.</summary>
    [JSInvokable]
    public async Task Command(string name, long positionMs)
    {
        var position = Math.Max(0, positionMs);
        switch (name)
        {
            case "play": await SendAsync(new QueueCommand.Resume()); break;
            case "pause": await SendAsync(new QueueCommand.Pause(position)); break;
            case "toggle": await SendAsync(state.IsPlaying ? new QueueCommand.Pause(position) : new QueueCommand.Resume()); break;
            case "next": await SendAsync(new QueueCommand.Next()); break;
            case "previous": await SendAsync(new QueueCommand.Previous(position)); break;
            case "help": await ShowShortcutsAsync(); break;
            case "escape": Escape(); break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown player command.");
        }
    }

    /// <summary>A fresh stream link: the old one expired (401) or is about to. Null when the track cannot be played now.</summary>
    [JSInvokable]
    public async Task<StreamLink?> FreshLink(long trackId) => (await Media.LinkAsync(trackId, await Player.UserIdAsync())).Link;

    /// <summary>The audio could not play an item even with a fresh link (an unreadable file, a format the browser refuses).</summary>
    [JSInvokable]
    public async Task Failed(long itemId, string message)
    {
        await gate.WaitAsync();
        try
        {
            if (state.Current?.Id == itemId) await SkipUnplayableAsync(itemId, message);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ListenSubject> SubjectAsync(long itemId, long trackId)
    {
        var s = state;
        var source = s.Current?.Id == itemId ? s.Current.Source : QueueView.Of(s, limit: 1).Upcoming.FirstOrDefault(i => i.ItemId == itemId)?.Source;
        var context = source == QueueSource.Context && s.Context is { } c ? new ContextLabel(c.Context.Kind, c.Context.Id, c.Context.Name) : null;
        return new ListenSubject(await Player.UserIdAsync(), deviceId, itemId, trackId, context);
    }
}
