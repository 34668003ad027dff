using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MediaSuite.Components.Music;

public partial class AlbumsPage
{
    internal static readonly IReadOnlyList<SortChoice<AlbumSort>> SortChoices =
    [
        new(AlbumSort.Name, "name", "Name", DescendingFirst: false),
        new(AlbumSort.Artist, "artist", "Artist", DescendingFirst: false),
        new(AlbumSort.Year, "year", "Year", DescendingFirst: true),
        new(AlbumSort.RecentlyAdded, "added", "Recently added", DescendingFirst: true),
    ];

    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private IOptions<MusicBrowseOptions> Options { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "sort")] public string? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = "order")] public string? OrderParameter { get; set; }

    private readonly List<AlbumItem> albums = [];
    private AlbumSort sort;
    private bool descending;
    private string? next;
    private bool loaded;
    private (AlbumSort, bool)? shown;

    protected override async Task OnParametersSetAsync()
    {
        (sort, descending) = SortChoice<AlbumSort>.Parse(SortChoices, SortParameter, OrderParameter);
        if (shown == (sort, descending)) return;
        shown = (sort, descending);
        albums.Clear();
        next = null;
        await AddPageAsync(null);
        loaded = true;
    }

    private async Task AddPageAsync(string? after)
    {
        var page = await Queries.AlbumsAsync(sort, descending, after, Options.Value.PageSize);
        albums.AddRange(page.Items);
        next = page.Next;
    }

    private Task LoadMoreAsync() => next is null ? Task.CompletedTask : AddPageAsync(next);

    private void SortChanged((AlbumSort Sort, bool Descending) choice) =>
        Navigation.NavigateTo(SortChoice<AlbumSort>.Uri(Navigation, SortChoices, choice.Sort, choice.Descending), replace: true);
}
