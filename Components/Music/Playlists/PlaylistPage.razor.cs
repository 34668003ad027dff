using MediaSuite.Components.Player;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace MediaSuite.Components.Music.Playlists;

public partial class PlaylistPage
{
    private enum Move
    {
        Up,
        Down,
    }

    [Parameter] public long Id { get; set; }

    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private readonly Dictionary<(long EntryId, Move Button), ElementReference> buttons = [];
    private string userId = "";
    private PlaylistDetails? details;
    private bool loaded;
    private string? problem;
    private string announcement = "";
    private bool renaming;
    private string newName = "";
    private PlaylistEntryItem? dragging;
    private long? dragOver;
    private (long EntryId, Move Button)? focusAfterRender;

    protected override Task OnParametersSetAsync() => ReloadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusAfterRender is { } target && buttons.TryGetValue(target, out var button))
        {
            focusAfterRender = null;
            await button.FocusAsync();
        }
    }

    private async Task ReloadAsync()
    {
        userId = await Player.UserIdAsync();
        details = await Playlists.GetAsync(userId, Id);
        loaded = true;
    }

    private async Task PlayAsync(int? index, bool shuffle)
    {
        if (details is not { Entries.Count: > 0 }) return;
        var context = new PlaybackContext(ContextKind.Playlist, PlaylistService.ContextId(details.Id), details.Name, [.. details.Entries.Select(e => e.TrackId)]);
        if (shuffle && !await Player.SendAsync(new QueueCommand.SetShuffle(true, Random.Shared.Next()))) return;
        await Player.PlayAsync(context, index);
    }

    /// <summary>Up or down by one place among the entries shown; the keyboard focus stays on the button that was pressed.</summary>
    private async Task MoveAsync(int index, int by)
    {
        if (details is null) return;
        var target = index + by;
        if (target < 0 || target >= details.Entries.Count) return;
        var entry = details.Entries[index];
        // Entries not shown (unavailable) keep their places: the entry takes the neighbour's position over all entries.
        if (await TryAsync(() => Playlists.MoveEntryAsync(userId, details.Id, entry.EntryId, details.Entries[target].Position)))
        {
            var button = by < 0 ? (target == 0 ? Move.Down : Move.Up) : (target == details!.Entries.Count - 1 ? Move.Up : Move.Down);
            focusAfterRender = (entry.EntryId, button);
            announcement = $"{entry.Title} moved to position {target + 1} of {details!.Entries.Count}.";
        }
    }

    private async Task DropOnAsync(PlaylistEntryItem target)
    {
        var moving = dragging;
        EndDrag();
        if (details is null || moving is null || moving.EntryId == target.EntryId) return;
        if (await TryAsync(() => Playlists.MoveEntryAsync(userId, details.Id, moving.EntryId, target.Position)))
            announcement = $"{moving.Title} moved to position {details!.Entries.ToList().FindIndex(e => e.EntryId == moving.EntryId) + 1}.";
    }

    private void EndDrag() => (dragging, dragOver) = (null, null);

    private async Task RemoveAsync(PlaylistEntryItem entry)
    {
        if (details is not null && await TryAsync(() => Playlists.RemoveEntryAsync(userId, details.Id, entry.EntryId)))
            announcement = $"{entry.Title} removed.";
    }

    private void StartRename() => (renaming, newName, problem) = (true, details?.Name ?? "", null);

    private async Task RenameAsync()
    {
        if (details is not null && await TryAsync(() => Playlists.RenameAsync(userId, details.Id, newName))) renaming = false;
    }

    private async Task DeleteAsync()
    {
        if (details is null) return;
        var confirmed = await Dialogs.Confirm($"Delete the playlist \u201c{details.Name}\u201d? Its tracks stay in the library.", "Delete playlist",
            new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Keep it" });
        if (confirmed == true && await TryAsync(() => Playlists.DeleteAsync(userId, details.Id), reload: false))
            Navigation.NavigateTo(MusicLinks.Playlists);
    }

    /// <summary>Runs a change and reloads; a refusal is shown on the page, a vanished playlist shows the not-found state.</summary>
    private async Task<bool> TryAsync(Func<Task> change, bool reload = true)
    {
        problem = null;
        try
        {
            await change();
            return true;
        }
        catch (PlaylistNotFoundException)
        {
            details = null;
            return false;
        }
        catch (PlaylistException e)
        {
            problem = e.Message;
            return false;
        }
        finally
        {
            if (reload) await ReloadAsync();
        }
    }
}
