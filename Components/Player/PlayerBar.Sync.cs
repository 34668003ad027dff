using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Playback;
using Microsoft.JSInterop;
using Radzen;

namespace MediaSuite.Components.Player;

/// <summary>Following the user's playback: each published change becomes one instruction for the browser's audio.</summary>
public partial class PlayerBar
{
    // Not awaited by the publisher: the command that caused the change may come from this very circuit, holding the gate.
    private Task OnChange(PlaybackChange change)
    {
        _ = InvokeAsync(() => Guarded(() => ApplyChangeAsync(change)));
        return Task.CompletedTask;
    }

    private Task OnOutputChange(string? active)
    {
        isOutput = active == Player.OutputId;
        _ = InvokeAsync(() => Guarded(() => TakeOverAsync(active)));
        return Task.CompletedTask;
    }

    private async Task ApplyChangeAsync(PlaybackChange change)
    {
        if (disposed) return;
        await gate.WaitAsync();
        try
        {
            // Two commands may publish out of order; an older state has nothing to add.
            if (change.State.Revision <= state.Revision) return;
            state = change.State;
            await SyncAsync(change.Command);
        }
        finally
        {
            gate.Release();
        }
        if (!disposed) StateHasChanged();
    }

    /// <summary>The speaker changed. When it went away, one of the user's other tabs takes over, paused.</summary>
    private async Task TakeOverAsync(string? active)
    {
        if (disposed) return;
        if (active is null && await Player.ClaimIfNoneAsync())
        {
            isOutput = true;
            var now = await Player.StateAsync();
            if (now is { IsPlaying: true, Current: { } current }) await Player.ReportAsync(current.Id, new QueueCommand.Pause(now.PositionMs));
        }
        await gate.WaitAsync();
        try
        {
            state = await Player.StateAsync();
            await SyncAsync(command: null);
        }
        finally
        {
            gate.Release();
        }
        if (!disposed) StateHasChanged();
    }

    /// <summary>Tells the audio what the current state asks of it. Runs under <see cref="gate"/>.</summary>
    private async Task SyncAsync(QueueCommand? command)
    {
        if (audio is null || disposed) return;
        var plan = AudioPlan.For(state, command, loadedItemId);
        await DescribeCurrentAsync();
        if (plan.Current is not { } current)
        {
            loadedItemId = null;
            await audio.InvokeVoidAsync("sync", new { output = isOutput, current = (object?)null });
            return;
        }
        StreamLink? link = null;
        if (plan.Load)
        {
            var (fresh, problem) = await Media.LinkAsync(current.TrackId, await Player.UserIdAsync());
            if (fresh is null)
            {
                await SkipUnplayableAsync(current.Id, problem!);
                return;
            }
            link = fresh;
        }
        var next = plan.Next is { } n ? new { itemId = n.ItemId, trackId = n.TrackId, link = await NextLinkAsync(n) } : null;
        await audio.InvokeVoidAsync("sync", new
        {
            output = isOutput,
            playing = plan.Playing,
            repeatOne = plan.RepeatOne,
            current = new
            {
                itemId = current.Id,
                trackId = current.TrackId,
                link,
                durationMs = track?.Summary.DurationMs,
                title = track?.Summary.Title,
                artist = track?.Summary.ArtistText,
                album = track?.Summary.AlbumTitle,
                artwork = track?.Artwork,
            },
            next,
            position = plan.Position is { } p ? new { ms = p.Ms, force = p.Force } : null,
        });
        loadedItemId = current.Id;
    }

    /// <summary>
    /// The preload link of the next item. The state changes every few seconds (position reports) while
    /// the next item stays the same, so its link is reused until half its life is gone. Only the speaker preloads.
    /// </summary>
    private async Task<StreamLink?> NextLinkAsync(QueueViewItem next)
    {
        if (!isOutput) return null;
        var now = Environment.TickCount64;
        // Reused with what is left of its life, so the browser knows when it really runs out.
        if (nextLink is { } known && known.ItemId == next.ItemId && now - known.At < known.Link.TtlMs / 2)
            return known.Link with { TtlMs = known.Link.TtlMs - (now - known.At) };
        var (link, _) = await Media.LinkAsync(next.TrackId, await Player.UserIdAsync());
        nextLink = link is null ? null : (next.ItemId, link, now);
        return link;
    }

    /// <summary>A track that cannot be streamed (its library is offline, its file gone) is announced and skipped, a few in a row at most.</summary>
    private async Task SkipUnplayableAsync(long itemId, string problem)
    {
        loadedItemId = null;
        if (!isOutput) return;
        var title = track?.Summary.Title ?? "This track";
        Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = $"{title} cannot be played", Detail = problem, Duration = 6000 });
        var command = ++failuresInARow >= MaxFailuresInARow ? (QueueCommand)new QueueCommand.Pause(0) : new QueueCommand.Next();
        if (command is QueueCommand.Pause) failuresInARow = 0;
        await Player.ReportAsync(itemId, command);
    }

    private async Task DescribeCurrentAsync()
    {
        if (state.Current is not { } current)
        {
            track = null;
            return;
        }
        if (track?.Summary.Id == current.TrackId) return;
        track = await Media.DescribeAsync(current.TrackId);
        if (track is not null) tracks[track.Summary.Id] = track.Summary;
    }
}
