using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Components.Search;

/// <summary>One row of the list: a result, or (<see cref="Hit"/> null) the last row that opens the results page.</summary>
public sealed record SearchOption(string Id, SearchGroup? Group, SearchHit? Hit);

public enum SearchKeyAction
{
    /// <summary>Nothing for the search box to do; the key does what it normally does.</summary>
    None,

    /// <summary>The active option moved (or the list closed): render.</summary>
    Moved,

    /// <summary>Open, play or go to <see cref="SearchListState.ActiveOption"/>.</summary>
    Choose,

    /// <summary>Open the results page for the text.</summary>
    ShowAll,

    /// <summary>Empty the box.</summary>
    Clear,
}

/// <summary>
/// The search box's list as the ARIA combobox pattern wants it: the options in display order (group by
/// group, then "all results"), which one is active (focus stays in the input; the active option is its
/// aria-activedescendant), and what a key does. No Blazor here, so it is tested as a plain class.
/// </summary>
public sealed class SearchListState
{
    public const string ListId = "ms-search-list";

    public SearchResults Results { get; private set; } = SearchResults.None;
    public IReadOnlyList<SearchOption> Options { get; private set; } = [];
    public bool Open { get; private set; }

    /// <summary>-1 when no option is active (Enter then opens the results page).</summary>
    public int Active { get; private set; } = -1;

    public SearchOption? ActiveOption => Active >= 0 ? Options[Active] : null;

    public void Show(SearchResults results)
    {
        Results = results;
        var options = new List<SearchOption>();
        foreach (var group in results.Groups)
            foreach (var hit in group.Items)
                options.Add(new SearchOption($"{ListId}-{options.Count}", group, hit));
        if (results.Query is not null) options.Add(new SearchOption($"{ListId}-all", null, null));
        Options = options;
        Active = -1;
        Open = results.Query is not null;
    }

    public void Close()
    {
        Open = false;
        Active = -1;
    }

    public void Reset()
    {
        Close();
        Results = SearchResults.None;
        Options = [];
    }

    /// <summary>Makes the option the active one (a click does this before choosing it).</summary>
    public void Activate(SearchOption option) => Active = Options.ToList().IndexOf(option);

    /// <param name="key">KeyboardEventArgs.Key.</param>
    /// <param name="hasText">Whether the box holds text (Enter with nothing typed does nothing).</param>
    public SearchKeyAction OnKey(string key, bool hasText)
    {
        switch (key)
        {
            case "ArrowDown" when Open && Options.Count > 0:
                Active = Active + 1 >= Options.Count ? 0 : Active + 1;
                return SearchKeyAction.Moved;
            case "ArrowUp" when Open && Options.Count > 0:
                Active = Active <= 0 ? Options.Count - 1 : Active - 1;
                return SearchKeyAction.Moved;
            case "Enter" when Open && ActiveOption is { Hit: not null }:
                return SearchKeyAction.Choose;
            case "Enter" when hasText:
                return SearchKeyAction.ShowAll;
            case "Escape" when Open:
                Close();
                return SearchKeyAction.Moved;
            case "Escape" when hasText:
                return SearchKeyAction.Clear;
            default:
                return SearchKeyAction.None;
        }
    }
}
