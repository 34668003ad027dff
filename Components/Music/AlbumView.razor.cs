using System.Collections.Immutable;
using MediaSuite.Components.Player;
using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Music;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Music;

public partial class AlbumView
{
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private RatingService Ratings { get; set; } = default!;

    [Parameter] public long Id { get; set; }

    private AlbumPage? album;
    private bool loaded;
    private string? coverUrl;
    private ItemRating rating = ItemRating.None;
    private ImmutableArray<long> trackIds = [];
    private IReadOnlyList<KeyValuePair<int, IReadOnlyList<TrackRow>>> discs = [];

    protected override async Task OnParametersSetAsync()
    {
        album = await Queries.AlbumAsync(Id);
        loaded = true;
        if (album is null) return;
        coverUrl = await Covers.UrlAsync(CoverKind.Album, Id, CoverSizes.Card);
        rating = await Ratings.GetAsync(await Player.UserIdAsync(), RatedKind.Album, Id);
        trackIds = [.. album.Tracks.Select(t => t.Id)];
        discs = album.Tracks.GroupBy(t => t.Disc)
            .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<TrackRow>)g.Select(TrackRow.Of).ToList()))
            .ToList();
    }

    private Task Play() => Player.PlayAsync(MusicContexts.Album(album!));

    private async Task Shuffle()
    {
        if (await Player.SendAsync(new QueueCommand.SetShuffle(true, Random.Shared.Next()))) await Player.PlayAsync(MusicContexts.Album(album!));
    }

    private Task PlayFrom(TrackRow track) => Player.PlayAsync(MusicContexts.Album(album!), trackIds.IndexOf(track.Id));
}
