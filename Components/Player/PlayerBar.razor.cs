using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Playback;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
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

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>The layout also frames "not signed in" content (a session that ended); there is no player then.</summary>
    private bool signedIn;

    /// <summary>The revision of the state the page was first drawn with.</summary>
    private long drawnRevision;

    protected override async Task OnInitializedAsync()
    {
        signedIn = (await AuthState).User.Identity?.IsAuthenticated == true;
        if (!signedIn) return;
        state = await Player.StateAsync();
        drawnRevision = state.Revision;
        await DescribeCurrentAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!RendererInfo.IsInteractive || !signedIn) return;
        if (!firstRender)
        {
            await FocusPendingAsync();
            return;
        }
        await Guarded(StartAsync);
    }

    /// <summary>Connects the browser's audio and this circuit to the user's playback.</summary>
    private async Task StartAsync()
    {
        self = DotNetObjectReference.Create(this);
        module = await Js.InvokeAsync<IJSObjectReference>("import", "./Components/Player/PlayerBar.razor.js");
        audio = await module.InvokeAsync<IJSObjectReference>("create", root, self, new { outputId = Player.OutputId, goneUrl = "api/player/gone" });
        deviceId = DeviceIds.Clean(await audio.InvokeAsync<string?>("deviceId"));
        changes = await Player.SubscribeChangesAsync(OnChange);
        outputChanges = await Player.SubscribeOutputAsync(OnOutputChange);
        isOutput = await Player.ClaimIfNoneAsync();

        var fresh = await Player.StateAsync();
        // A page (re)load: audio never carries on by itself, so a state still marked playing that no tab plays resumes
        // paused. Not when it changed since the page drew it: then the user has just started something here.
        if (isOutput && fresh is { IsPlaying: true, Current: { } current } && fresh.Revision == drawnRevision)
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
        if (!disposed) StateHasChanged();
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
        // The gate is not disposed: a change already on its way may still wait on it (it then sees "disposed" and stops).
        self?.Dispose();
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
