using MediaSuite.Domain.Playback;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Radzen;

namespace MediaSuite.Components.Player;

/// <summary>The bar's buttons, the phone's full-screen view and the queue panel.</summary>
public partial class PlayerBar
{
    private Task TogglePlayAsync() => state.IsPlaying ? PauseAsync() : SendAsync(new QueueCommand.Resume());

    private async Task PauseAsync() => await SendAsync(new QueueCommand.Pause(await PositionAsync()));

    private async Task PreviousAsync() => await SendAsync(new QueueCommand.Previous(await PositionAsync()));

    private Task NextAsync() => SendAsync(new QueueCommand.Next());

    private Task ToggleShuffleAsync() => SendAsync(new QueueCommand.SetShuffle(!state.Shuffle, Random.Shared.Next()));

    private Task CycleRepeatAsync() => SendAsync(new QueueCommand.SetRepeat(RepeatButton.After(state.Repeat)));

    private async Task SendAsync(QueueCommand command) => await Player.SendAsync(command);

    /// <summary>Where the audio is now; a tab that is not the speaker answers with where it shows the track to be.</summary>
    private async Task<long> PositionAsync()
    {
        if (audio is null) return state.PositionMs;
        try
        {
            return Math.Max(0, await audio.InvokeAsync<long>("position"));
        }
        catch (Exception e) when (e is JSException or TaskCanceledException)
        {
            // The page's script did not answer: the last position the queue heard of is close enough.
            return state.PositionMs;
        }
    }

    private ElementReference openButton;
    private ElementReference collapseButton;
    private ElementReference queueButton;

    /// <summary>Where the focus goes once the next render is on screen: what opened a view gets it back when the view closes.</summary>
    private ElementReference? focusAfterRender;

    private void Expand()
    {
        expanded = true;
        focusAfterRender = collapseButton;
    }

    private void Collapse()
    {
        expanded = false;
        focusAfterRender = openButton;
    }

    private void ToggleQueue()
    {
        if (queueOpen) CloseQueue();
        else queueOpen = true;
    }

    private void CloseQueue()
    {
        queueOpen = false;
        focusAfterRender = queueButton;
    }

    /// <summary>Escape closes the queue panel, else the phone's full-screen view.</summary>
    private void Escape()
    {
        if (queueOpen) CloseQueue();
        else if (expanded) Collapse();
        StateHasChanged();
    }

    private async Task FocusPendingAsync()
    {
        if (focusAfterRender is not { } target) return;
        focusAfterRender = null;
        await target.FocusAsync();
    }

    private async Task ShowShortcutsAsync() =>
        await Dialogs.OpenAsync<ShortcutsHelp>("Keyboard shortcuts", options: new DialogOptions { Width = "min(34rem, 95vw)", CloseDialogOnEsc = true });
}
