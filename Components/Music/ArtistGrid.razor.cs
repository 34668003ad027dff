using MediaSuite.Components.Player;
using MediaSuite.Domain.Artwork;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Music;

public partial class ArtistGrid
{
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<ArtistItem> Artists { get; set; } = [];

    [Parameter] public string Label { get; set; } = "Artists";

    private readonly Dictionary<long, string> covers = [];

    protected override async Task OnParametersSetAsync()
    {
        foreach (var artist in Artists)
        {
            if (covers.ContainsKey(artist.Id)) continue;
            covers[artist.Id] = await Covers.UrlAsync(CoverKind.Artist, artist.Id, CoverSizes.Card, CoverSizes.Card, CoverMode.Crop) ?? FallbackUrl(artist.Id);
        }
    }

    private static string FallbackUrl(long id) => FormattableString.Invariant($"{CoverUrls.Prefix}/artist/{id}?w={CoverSizes.Card}&h={CoverSizes.Card}&mode=crop");

    private string CoverOf(long id) => covers.GetValueOrDefault(id) ?? FallbackUrl(id);

    internal static string Facts(ArtistItem artist) => artist.AlbumCount > 0
        ? $"{MusicFormat.Count(artist.AlbumCount, "album")} · {MusicFormat.Count(artist.TrackCount, "track")}"
        : MusicFormat.Count(artist.TrackCount, "track");

    private async Task Play(ArtistItem artist)
    {
        var ids = await Queries.ArtistTrackIdsAsync(artist.Id);
        await Player.PlayAsync(MusicContexts.Artist(new ArtistRef(artist.Id, artist.Name), ids));
    }
}
