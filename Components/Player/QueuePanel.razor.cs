using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Player;

/// <summary>
/// The queue: now playing, then the personal queue, the context and radio, each its own section
/// (<see cref="QueueView"/>). Every change goes to the server as a queue command; what is shown is
/// always the state the server published.
/// </summary>
public partial class QueuePanel : IAsyncDisposable
{
    [Inject] private MusicQueries Music { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public PlaybackState State { get; set; } = PlaybackState.Empty;

    /// <summary>Summaries already known by track id; the panel adds the ones it fetches.</summary>
    [Parameter, EditorRequired] public Dictionary<long, TrackSummary> Tracks { get; set; } = [];

    [Parameter] public EventCallback OnClose { get; set; }
    [Parameter] public EventCallback<QueueCommand> OnCommand { get; set; }

    private ElementReference closeButton;
    private IJSObjectReference? module;
    private QueueView view = QueueView.Of(PlaybackState.Empty);
    private QueueViewItem? dragging;
    private long? dropTarget;
    private string[]? focusAfterRender;
    private long focusAfterRevision;

    private sealed record Section(QueueSource Source, string Title, string? Hint, IReadOnlyList<QueueViewItem> Items)
    {
        public string HeadingId => "ms-queue-" + Source.ToString().ToLowerInvariant();
    }

    private IEnumerable<Section> Sections
    {
        get
        {
            var queued = view.Upcoming.Where(i => i.Source == QueueSource.Queue).ToList();
            var context = view.Upcoming.Where(i => i.Source == QueueSource.Context).ToList();
            var radio = view.Upcoming.Where(i => i.Source == QueueSource.Radio).ToList();
            if (queued.Count > 0) yield return new Section(QueueSource.Queue, "Next in queue", null, queued);
            if (context.Count > 0) yield return new Section(QueueSource.Context, "Next from: " + (view.PlayingFrom?.Name ?? "the album"), null, context);
            if (radio.Count > 0) yield return new Section(QueueSource.Radio, "Radio", "Picked from your library: the same artists, genres and years.", radio);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        view = QueueView.Of(State);
        var missing = view.Upcoming.Select(i => i.TrackId).Append(view.NowPlaying?.TrackId ?? 0)
            .Where(id => id > 0 && !Tracks.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0) return;
        foreach (var (id, summary) in await Music.TrackSummariesAsync(missing)) Tracks[id] = summary;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // First, before the script loads, so it never takes the focus from where the user has moved it since.
            // A control, not the heading: on a TV the arrows move on from the focused control.
            await closeButton.FocusAsync();
            module = await Js.InvokeAsync<IJSObjectReference>("import", "./Components/Player/QueuePanel.razor.js");
            await module.InvokeVoidAsync("attach");
        }
        // Only once the server's new order is drawn: the render right after the click still shows the old one.
        else if (focusAfterRender is { } selectors && module is not null && State.Revision > focusAfterRevision)
        {
            focusAfterRender = null;
            await module.InvokeVoidAsync("focus", (object)selectors);
        }
    }

    private TrackSummary? SummaryOf(QueueViewItem item) => Tracks.GetValueOrDefault(item.TrackId);

    private string TitleOf(QueueViewItem item) => SummaryOf(item)?.Title ?? "this track";

    private Task PlayFromHereAsync(QueueViewItem item) => OnCommand.InvokeAsync(new QueueCommand.PlayFromHere(item.ItemId));

    private Task RemoveAsync(QueueViewItem item) => OnCommand.InvokeAsync(new QueueCommand.Remove(item.ItemId));

    private Task ClearAsync() => OnCommand.InvokeAsync(new QueueCommand.ClearQueue());

    /// <summary>Moving a row re-inserts it in the page, which drops the focus; it goes back to the same button, or the other one at the ends.</summary>
    private async Task MoveAsync(QueueViewItem item, int toIndex, bool up)
    {
        var row = $"#ms-queue [data-item='{item.ItemId}']";
        focusAfterRevision = State.Revision;
        focusAfterRender = [$"{row} {(up ? ".ms-queue-up" : ".ms-queue-down")}:not([disabled])", $"{row} {(up ? ".ms-queue-down" : ".ms-queue-up")}:not([disabled])", $"{row} .ms-queue-play"];
        await OnCommand.InvokeAsync(new QueueCommand.Move(item.ItemId, toIndex));
    }

    private void DragStart(QueueViewItem item) => dragging = item;

    private bool CanDropOn(QueueViewItem item) => dragging is { } d && d.Source == item.Source;

    private void DragEnter(QueueViewItem item) => dropTarget = CanDropOn(item) ? item.ItemId : null;

    private void DragEnd()
    {
        dragging = null;
        dropTarget = null;
    }

    private async Task DropAsync(QueueViewItem target, int index)
    {
        var moved = dragging;
        DragEnd();
        if (moved is null || moved.Source != target.Source || moved.ItemId == target.ItemId) return;
        await OnCommand.InvokeAsync(new QueueCommand.Move(moved.ItemId, index));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        GC.SuppressFinalize(this);
    }
}
