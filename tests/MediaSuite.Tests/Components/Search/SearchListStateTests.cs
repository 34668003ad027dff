using MediaSuite.Components.Search;
using MediaSuite.Infrastructure.Search;

namespace MediaSuite.Tests.Components.Search;

public class SearchListStateTests
{
    private static readonly SearchGroup Artists = new(SearchKind.Artist, "Artists", [new(SearchKind.Artist, 1, "Aurora Band")], Playable: false);
    private static readonly SearchGroup Tracks = new(SearchKind.Track, "Tracks", [new(SearchKind.Track, 10, "Polar Night"), new(SearchKind.Track, 11, "Green Veil")], Playable: true);

    private static SearchListState Shown()
    {
        var state = new SearchListState();
        state.Show(new SearchResults("aur", [Artists, Tracks]));
        return state;
    }

    [Fact]
    public void Show_ListsEveryResultGroupByGroup_ThenAllResults_NothingActive()
    {
        var state = Shown();

        Assert.True(state.Open);
        Assert.Equal(-1, state.Active);
        Assert.Null(state.ActiveOption);
        Assert.Equal(["Aurora Band", "Polar Night", "Green Veil", null], state.Options.Select(o => o.Hit?.Title));
        Assert.Equal(["ms-search-list-0", "ms-search-list-1", "ms-search-list-2", "ms-search-list-all"], state.Options.Select(o => o.Id));
        Assert.Same(Tracks, state.Options[2].Group);
    }

    [Fact]
    public void Show_NoMatches_StillOffersTheResultsPage()
    {
        var state = new SearchListState();

        state.Show(new SearchResults("zzz", []));

        Assert.True(state.Open);
        Assert.Single(state.Options);
        Assert.Null(state.Options[0].Hit);
    }

    [Fact]
    public void Show_NothingSearched_StaysClosed()
    {
        var state = new SearchListState();

        state.Show(SearchResults.None);

        Assert.False(state.Open);
        Assert.Empty(state.Options);
    }

    [Fact]
    public void ArrowDown_MovesForwardAndWrapsToTheFirst()
    {
        var state = Shown();

        var moves = Enumerable.Range(0, 5).Select(_ => (state.OnKey("ArrowDown", true), state.Active)).ToList();

        Assert.All(moves, m => Assert.Equal(SearchKeyAction.Moved, m.Item1));
        Assert.Equal([0, 1, 2, 3, 0], moves.Select(m => m.Active));
    }

    [Fact]
    public void ArrowUp_FromNothing_GoesToTheLast_ThenBack()
    {
        var state = Shown();

        state.OnKey("ArrowUp", true);
        Assert.Equal(3, state.Active);
        state.OnKey("ArrowUp", true);
        Assert.Equal(2, state.Active);
    }

    [Fact]
    public void Arrows_WhenClosed_AreLeftToTheBrowser()
    {
        var state = Shown();
        state.Close();

        Assert.Equal(SearchKeyAction.None, state.OnKey("ArrowDown", true));
        Assert.Equal(SearchKeyAction.None, state.OnKey("ArrowUp", true));
        Assert.Equal(-1, state.Active);
    }

    [Fact]
    public void Enter_OnAResult_ChoosesIt_OnNothingOrAllResults_ShowsAll()
    {
        var state = Shown();
        Assert.Equal(SearchKeyAction.ShowAll, state.OnKey("Enter", true));

        state.OnKey("ArrowDown", true);
        state.OnKey("ArrowDown", true);
        Assert.Equal(SearchKeyAction.Choose, state.OnKey("Enter", true));
        Assert.Equal("Polar Night", state.ActiveOption!.Hit!.Title);

        state.OnKey("ArrowUp", true);
        state.OnKey("ArrowUp", true);
        Assert.Null(state.ActiveOption!.Hit);
        Assert.Equal(SearchKeyAction.ShowAll, state.OnKey("Enter", true));
    }

    [Fact]
    public void Enter_WithNoText_DoesNothing() => Assert.Equal(SearchKeyAction.None, new SearchListState().OnKey("Enter", false));

    [Fact]
    public void Escape_ClosesTheList_ThenClearsTheText()
    {
        var state = Shown();
        state.OnKey("ArrowDown", true);

        Assert.Equal(SearchKeyAction.Moved, state.OnKey("Escape", true));
        Assert.False(state.Open);
        Assert.Null(state.ActiveOption);
        Assert.Equal(SearchKeyAction.Clear, state.OnKey("Escape", true));
        Assert.Equal(SearchKeyAction.None, state.OnKey("Escape", false));
    }

    [Fact]
    public void Activate_MakesTheClickedOptionActive()
    {
        var state = Shown();

        state.Activate(state.Options[2]);

        Assert.Equal(2, state.Active);
    }

    [Fact]
    public void OtherKeys_AreLeftToTheInput()
    {
        var state = Shown();

        Assert.Equal(SearchKeyAction.None, state.OnKey("a", true));
        Assert.Equal(SearchKeyAction.None, state.OnKey("Tab", true));
        Assert.Equal(SearchKeyAction.None, state.OnKey("ArrowLeft", true));
    }
}
