using MediaSuite.Components.Player;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MediaSuite.Components.Music;

/// <summary>A genre's tracks by artist, album, disc and track; playing plays the genre as one context in that order.</summary>
public partial class GenreView
{
    /// <summary>The order of the list and of the context it plays.</summary>
    internal const TrackSort Order = TrackSort.Artist;

    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private IOptions<MusicBrowseOptions> Options { get; set; } = default!;

    [Parameter] public string Name { get; set; } = "";

    private readonly List<TrackRow> tracks = [];
    private string? next;
    private bool loaded;
    private string? shown;

    protected override async Task OnParametersSetAsync()
    {
        if (shown == Name) return;
        shown = Name;
        tracks.Clear();
        next = null;
        await AddPageAsync(null);
        loaded = true;
    }

    private async Task AddPageAsync(string? after)
    {
        var page = await Queries.GenreTracksAsync(Name, Order, false, after, Options.Value.PageSize);
        tracks.AddRange(page.Items.Select(TrackRow.Of));
        next = page.Next;
    }

    private Task LoadMoreAsync() => next is null ? Task.CompletedTask : AddPageAsync(next);

    private async Task<PlaybackContext> ContextAsync() => MusicContexts.Genre(Name, await Queries.GenreTrackIdsAsync(Name, Order, false));

    private async Task PlayAsync() => await Player.PlayAsync(await ContextAsync());

    private async Task ShuffleAsync()
    {
        var context = await ContextAsync();
        if (await Player.SendAsync(new QueueCommand.SetShuffle(true, Random.Shared.Next()))) await Player.PlayAsync(context);
    }

    /// <summary>The list and the context share one order, so a row's place in the list is its place in the context.</summary>
    private async Task PlayFromAsync(TrackRow track)
    {
        var context = await ContextAsync();
        var index = context.TrackIds.IndexOf(track.Id);
        await Player.PlayAsync(context, index >= 0 ? index : null);
    }
}
