using MediaSuite.Components.Player;
using MediaSuite.Domain.Search;
using MediaSuite.Infrastructure.Search;
using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Search;

/// <summary>/search?q=…: every group of the search as a section, more of each than the box shows; tracks play from here.</summary>
public partial class SearchPage
{
    [Inject] private SearchService Search { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    private string? query;
    private SearchResults? results;

    protected override async Task OnParametersSetAsync()
    {
        query = SearchQuery.Parse(Q)?.Text;
        results = null;
        if (query is not null) results = await Search.SearchAsync(Q, SearchDepth.Full);
    }

    private Task PlayAsync(SearchGroup tracks, int index) => Player.PlayAsync(SearchLinks.Context(query!, tracks), index);
}
