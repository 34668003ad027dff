using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Radzen;

namespace MediaSuite.Components.Player;

/// <summary>
/// The player bar. The server holds the queue (<see cref="PlaybackSessions"/>); this component turns
/// each new state into an instruction for the browser's audio (see <see cref="AudioPlan"/>) and turns
/// the audio's reports (ended, paused, where it is, how much was heard) into queue commands and
/// listens. Only the tab that is the user's speaker plays; the others show the same state.
/// </summary>
public partial class PlayerBar : IAsyncDisposable
{
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private PlayerMedia Media { get; set; } = default!;
    [Inject] private ListenRecorder Listens { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private ILogger<PlayerBar> Logger { get; set; } = default!;

    /// <summary>Unplayable tracks in a row after which the player stops skipping and pauses.</summary>
    private const int MaxFailuresInARow = 3;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<long, TrackSummary> tracks = [];
    private ElementReference root;
    private IJSObjectReference? module;
    private IJSObjectReference? audio;
    private DotNetObjectReference<PlayerBar>? self;
    private IDisposable? changes;
    private IDisposable? outputChanges;
    private PlaybackState state = PlaybackState.Empty;
    private NowPlaying? track;
    private long? loadedItemId;
    private (long ItemId, StreamLink Link, long At)? nextLink;
    private string? deviceId;
    private bool isOutput;
    private bool expanded;
    private bool queueOpen;
    private int failuresInARow;
    private bool disposed;

    /// <summary>No empty bar: it appears once something has been played or queued.</summary>
    private bool Visible => state.Current is not null || !state.Queue.IsEmpty;

    private RepeatButton Repeat => RepeatButton.For(state.Repeat);

    private string PlayingFromText => state.Current?.Source switch
    {
        QueueSource.Context when state.Context is { } c => "Playing from " + c.Context.Name,
        QueueSource.Queue => "Playing from your queue",
        QueueSource.Radio => "Playing radio",
        _ => "",
    };

    protected override async Task OnInitializedAsync()
    {
        state = await Player.StateAsync();
        await DescribeCurrentAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!RendererInfo.IsInteractive) return;
        if (!firstRender)
        {
            await FocusPendingAsync();
            return;
        }
        self = DotNetObjectReference.Create(this);
        module = await Js.InvokeAsync<IJSObjectReference>("import", "./Components/Player/PlayerBar.razor.js");
        audio = await module.InvokeAsync<IJSObjectReference>("create", root, self, new { outputId = Player.OutputId, goneUrl = "api/player/gone" });
        deviceId = DeviceIds.Clean(await audio.InvokeAsync<string?>("deviceId"));
        changes = await Player.SubscribeChangesAsync(OnChange);
        outputChanges = await Player.SubscribeOutputAsync(OnOutputChange);
        isOutput = await Player.ClaimIfNoneAsync();

        var fresh = await Player.StateAsync();
        // A page (re)load: audio never carries on by itself, so a state still marked playing that no tab plays resumes paused.
        if (isOutput && fresh is { IsPlaying: true, Current: { } current })
            fresh = await Player.ReportAsync(current.Id, new QueueCommand.Pause(fresh.PositionMs));
        await gate.WaitAsync();
        try
        {
            if (fresh.Revision >= state.Revision) state = fresh;
            await SyncAsync(command: null);
        }
        finally
        {
            gate.Release();
        }
        StateHasChanged();
    }

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
        StateHasChanged();
    }

    /// <summary>The speaker changed. When it went away, one of the user's other tabs takes over, paused.</summary>
    private async Task TakeOverAsync(string? active)
    {
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
        StateHasChanged();
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
        if (nextLink is { } known && known.ItemId == next.ItemId && now - known.At < known.Link.TtlMs / 2) return known.Link;
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

    private async Task Guarded(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; its circuit is being torn down.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Logger.LogWarning(e, "The player bar could not follow a playback change");
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        changes?.Dispose();
        outputChanges?.Dispose();
        await Guarded(LetGoAsync);
        self?.Dispose();
        gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The tab closed or its connection died: the listen keeps what was last reported, and a tab that played leaves the queue paused.</summary>
    private async Task LetGoAsync()
    {
        if (audio is null) return;
        await Listens.AbandonAsync(Player.OutputId);
        if (await Player.IsOutputAsync())
        {
            var now = await Player.StateAsync();
            if (now is { IsPlaying: true, Current: { } current }) await Player.ReportAsync(current.Id, new QueueCommand.Pause(now.PositionMs));
            await Player.ReleaseOutputAsync();
        }
        try
        {
            await audio.InvokeVoidAsync("dispose");
            await audio.DisposeAsync();
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
    }
}
