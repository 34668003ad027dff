using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace MediaSuite.Components.Music;

/// <summary>Artists are listed by name only; the enum gives the sort control its one choice.</summary>
public enum ArtistOrder
{
    Name,
}

public partial class ArtistsPage
{
    private static readonly IReadOnlyList<SortChoice<ArtistOrder>> SortChoices = [new(ArtistOrder.Name, "name", "Name", DescendingFirst: false)];

    [Inject] private MusicQueries Queries { get; set; } = default!;
    [Inject] private IOptions<MusicBrowseOptions> Options { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "sort")] public string? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = "order")] public string? OrderParameter { get; set; }

    private readonly List<ArtistItem> artists = [];
    private bool descending;
    private string? next;
    private bool loaded;
    private bool? shown;

    protected override async Task OnParametersSetAsync()
    {
        (_, descending) = SortChoice<ArtistOrder>.Parse(SortChoices, SortParameter, OrderParameter);
        if (shown == descending) return;
        shown = descending;
        artists.Clear();
        await AddPageAsync(null);
        loaded = true;
    }

    private async Task AddPageAsync(string? after)
    {
        var page = await Queries.ArtistsAsync(descending, after, Options.Value.PageSize);
        artists.AddRange(page.Items);
        next = page.Next;
    }

    private Task LoadMoreAsync() => next is null ? Task.CompletedTask : AddPageAsync(next);

    private void SortChanged((ArtistOrder Sort, bool Descending) choice) =>
        Navigation.NavigateTo(SortChoice<ArtistOrder>.Uri(Navigation, SortChoices, choice.Sort, choice.Descending), replace: true);
}
