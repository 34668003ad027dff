using System.Security.Claims;
using MediaSuite.Components.Player;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Radzen;
using Radzen.Blazor;

namespace MediaSuite.Components.Music;

/// <summary>
/// Every track in a virtualized grid. The grid asks for rows by Skip/Top; a <see cref="KeysetPager{T}"/> turns that into
/// keyset pages of the chosen order, so the grid stays as fast on row 90,000 as on row 1. Playing a row plays its
/// album from that track: a list of the whole library in title order is no context to continue through.
/// </summary>
public partial class TracksPage
{
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private RatingService Ratings { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private IOptions<MusicBrowseOptions> Options { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    private static readonly Dictionary<string, TrackSort> SortByProperty = new()
    {
        [nameof(TrackItem.Title)] = TrackSort.Title,
        [nameof(TrackItem.ArtistText)] = TrackSort.Artist,
        [nameof(TrackItem.AlbumTitle)] = TrackSort.Album,
        [nameof(TrackItem.Year)] = TrackSort.Year,
        [nameof(TrackItem.DurationMs)] = TrackSort.Duration,
    };

    private RadzenDataGrid<TrackItem>? grid;
    // Null until the grid first asks: with virtualization, Radzen only starts asking when its Data starts out null.
    private IReadOnlyList<TrackItem>? rows;
    private int count;
    private bool loading;
    private KeysetPager<TrackItem>? pager;
    private (TrackSort, bool) order;
    private readonly Dictionary<long, ItemRating> ratings = [];
    private readonly HashSet<long> ratingsRead = [];

    private string CountText => pager is null ? "" : pager.CountIsExact ? MusicFormat.Count(pager.Count, "track") : $"{pager.Count - Options.Value.PageSize:N0}+ tracks";

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        // SQLite answers synchronously, so without a yield a sort click would run this whole handler inside the click's
        // render batch: the new rows would reach the grid's Data only after the grid had already read it (and drawn none).
        await Task.Yield();
        loading = true;
        try
        {
            var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null);
            var wanted = sort?.Property is not null && SortByProperty.TryGetValue(sort.Property, out var s)
                ? (s, sort.SortOrder == SortOrder.Descending)
                : (TrackSort.Artist, false);
            if (pager is null || wanted != order)
            {
                order = wanted;
                var (by, descending) = wanted;
                pager = new KeysetPager<TrackItem>((after, n, ct) => Queries.TracksAsync(by, descending, after, n, ct), Options.Value.PageSize);
            }
            rows = await pager.GetAsync(args.Skip ?? 0, args.Top ?? Options.Value.PageSize);
            count = pager.Count;
            await ReadRatingsAsync(rows.Select(r => r.Id));
            StateHasChanged();
        }
        finally
        {
            loading = false;
        }
    }

    private async Task ReadRatingsAsync(IEnumerable<long> ids)
    {
        var unread = ids.Where(id => !ratingsRead.Contains(id)).ToList();
        var user = (await AuthState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (unread.Count == 0 || user is null) return;
        foreach (var (id, rating) in await Ratings.GetManyAsync(user, RatedKind.Track, unread)) ratings[id] = rating;
        ratingsRead.UnionWith(unread);
    }

    private ItemRating RatingOf(long id) => ratings.GetValueOrDefault(id, ItemRating.None);

    private static void RowRender(RowRenderEventArgs<TrackItem> args)
    {
        // Read-only but allocated on first use; the nullable annotation is stricter than the property.
        if (args.Data is { } track) args.Attributes!["data-track-id"] = track.Id;
    }

    private static string FormatOf(TrackItem track) =>
        track.Codec is null ? "" : track.Lossless ? $"{track.Codec.ToUpperInvariant()} · lossless" : track.Codec.ToUpperInvariant();

    private async Task PlayAsync(TrackItem track)
    {
        var (context, index) = MusicContexts.AlbumFrom(await Queries.AlbumAsync(track.AlbumId), track.Id, track.AlbumId, track.AlbumTitle);
        await Player.PlayAsync(context, index);
    }
}
