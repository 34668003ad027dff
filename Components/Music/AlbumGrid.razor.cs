using MediaSuite.Components.Player;
using MediaSuite.Domain.Artwork;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace MediaSuite.Components.Music;

public partial class AlbumGrid
{
    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private CoverArtService Covers { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;

    [Parameter, EditorRequired] public IReadOnlyList<AlbumItem> Albums { get; set; } = [];

    [Parameter] public string Label { get; set; } = "Albums";

    /// <summary>Off on an artist's own page, where every card is theirs.</summary>
    [Parameter] public bool ShowArtist { get; set; } = true;

    // Versioned cover URLs, resolved once per album: a grid that grows by scrolling only looks up the new cards.
    private readonly Dictionary<long, string> covers = [];

    protected override async Task OnParametersSetAsync()
    {
        foreach (var album in Albums)
        {
            if (covers.ContainsKey(album.Id)) continue;
            covers[album.Id] = await Covers.UrlAsync(CoverKind.Album, album.Id, CoverSizes.Card) ?? FallbackUrl(album.Id);
        }
    }

    // An album removed since the page was read: its unversioned URL still answers (with a placeholder).
    private static string FallbackUrl(long id) => FormattableString.Invariant($"{CoverUrls.Prefix}/album/{id}?w={CoverSizes.Card}");

    private string CoverOf(AlbumItem album) => covers.GetValueOrDefault(album.Id) ?? FallbackUrl(album.Id);

    private async Task Play(AlbumItem item)
    {
        var album = await Queries.AlbumAsync(item.Id);
        if (album is null)
        {
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = $"\"{item.Title}\" cannot be played now.", Duration = 4000 });
            return;
        }
        await Player.PlayAsync(MusicContexts.Album(album));
    }
}
