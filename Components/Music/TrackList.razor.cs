using System.Security.Claims;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace MediaSuite.Components.Music;

public partial class TrackList
{
    [Inject] private RatingService Ratings { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<TrackRow> Tracks { get; set; } = [];

    /// <summary>Names the list for screen readers ("Disc 1", "Tracks").</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public EventCallback<TrackRow> OnPlay { get; set; }

    /// <summary>Each row links its album (for lists that mix albums, where track numbers mean nothing and are left out).</summary>
    [Parameter] public bool ShowAlbum { get; set; }

    /// <summary>The artist is shown on rows whose artist differs from this one (an album's artist); null shows it always.</summary>
    [Parameter] public string? CommonArtist { get; set; }

    // The user's hearts and stars for the rows, read in one batch for the rows not seen before (a list grows as it scrolls).
    private readonly Dictionary<long, ItemRating> ratings = [];
    private readonly HashSet<long> read = [];

    protected override async Task OnParametersSetAsync()
    {
        var unread = Tracks.Select(t => t.Id).Where(id => !read.Contains(id)).ToList();
        if (unread.Count == 0) return;
        var user = (await AuthState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user is null) return;
        foreach (var chunk in unread.Chunk(RatingService.MaxBatch))
            foreach (var (id, rating) in await Ratings.GetManyAsync(user, RatedKind.Track, chunk))
                ratings[id] = rating;
        read.UnionWith(unread);
    }

    private ItemRating RatingOf(long id) => ratings.GetValueOrDefault(id, ItemRating.None);

    private bool ShowArtist(TrackRow track) =>
        track.ArtistText.Length > 0 && !string.Equals(track.ArtistText, CommonArtist, StringComparison.OrdinalIgnoreCase);
}
