using MediaSuite.Components.Player;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MediaSuite.Components.Music;

public partial class QueueMenu
{
    [Inject] private PlayerController Player { get; set; } = default!;

    /// <summary>What is queued, as the user reads it ("Polar Night", "Double Feature").</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>The tracks in the order they are to play (an album in disc and track order).</summary>
    [Parameter] public IReadOnlyList<long>? TrackIds { get; set; }

    /// <summary>Loads the tracks when chosen, for things whose tracks are not on the page (an album card, an artist).</summary>
    [Parameter] public Func<Task<IReadOnlyList<long>>>? LoadTracks { get; set; }

    private bool open;
    private bool focusFirst;
    private bool focusTrigger;
    private ElementReference trigger;
    private ElementReference first;

    private void Toggle()
    {
        open = !open;
        focusFirst = open;
    }

    private void Close()
    {
        open = false;
        focusTrigger = true;
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (open && e.Key == "Escape") Close();
    }

    private Task PlayNext() => RunAsync(ids => Player.PlayNextAsync(ids, Label));

    private Task AddToQueue() => RunAsync(ids => Player.AddToQueueAsync(ids, Label));

    private async Task RunAsync(Func<IReadOnlyList<long>, Task> action)
    {
        Close();
        var ids = TrackIds ?? (LoadTracks is null ? [] : await LoadTracks());
        await action(ids);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusFirst)
        {
            focusFirst = false;
            await first.FocusAsync();
        }
        else if (focusTrigger)
        {
            focusTrigger = false;
            await trigger.FocusAsync();
        }
    }
}
