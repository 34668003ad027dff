using System.Data.Common;
using MediaSuite.Components.Player;
using MediaSuite.Infrastructure.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Search;

public partial class SearchBox : IAsyncDisposable
{
    /// <summary>Typing pauses shorter than this are one search.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    [Inject] private SearchService Search { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ILogger<SearchBox> Logger { get; set; } = default!;

    private SearchListState State { get; } = new();
    private ElementReference input;
    private string text = "";
    private string status = "";
    private CancellationTokenSource? pending;
    private IJSObjectReference? module;
    private IJSObjectReference? keys;

    protected override void OnInitialized()
    {
        text = QueryOnResultsPage(Navigation.Uri) ?? "";
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        module = await Js.InvokeAsync<IJSObjectReference>("import", "./Components/Search/SearchBox.razor.js");
        keys = await module.InvokeAsync<IJSObjectReference>("attach", input);
    }

    private async Task TextChangedAsync()
    {
        pending?.Cancel();
        pending?.Dispose();
        pending = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            State.Reset();
            status = "";
            return;
        }
        var typed = text;
        var mine = pending = new CancellationTokenSource();
        try
        {
            await Task.Delay(Debounce, mine.Token);
            var results = await Search.SearchAsync(typed, SearchDepth.Preview, mine.Token);
            if (mine.IsCancellationRequested) return;
            State.Show(results);
            status = Announce(results);
        }
        catch (OperationCanceledException)
        {
            // Superseded by newer typing.
        }
        catch (DbException e)
        {
            Logger.LogWarning(e, "Search for {Text} failed", typed);
            State.Reset();
            status = "Search is not available right now. Try again in a moment.";
        }
    }

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        switch (State.OnKey(e.Key, !string.IsNullOrWhiteSpace(text)))
        {
            case SearchKeyAction.Choose:
                await ChooseAsync(State.ActiveOption!);
                break;
            case SearchKeyAction.ShowAll:
                ShowAll();
                break;
            case SearchKeyAction.Clear:
                await ClearAsync();
                break;
        }
    }

    private async Task ChooseAsync(SearchOption option)
    {
        State.Activate(option);
        if (option.Hit is not { } hit)
        {
            ShowAll();
            return;
        }
        State.Close();
        if (option.Group is { Playable: true } group)
        {
            await Player.PlayAsync(SearchLinks.Context(State.Results.Query!, group), group.Items.ToList().IndexOf(hit));
            status = $"Playing {hit.Title}";
            return;
        }
        if (SearchLinks.PageOf(hit) is { } page) Navigation.NavigateTo(page);
    }

    private void ShowAll()
    {
        pending?.Cancel();
        State.Close();
        Navigation.NavigateTo(SearchLinks.Results(text.Trim()));
    }

    private async Task ClearAsync()
    {
        pending?.Cancel();
        text = "";
        status = "";
        State.Reset();
        await input.FocusAsync();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        _ = InvokeAsync(() =>
        {
            State.Close();
            if (QueryOnResultsPage(e.Location) is { } query) text = query;
            StateHasChanged();
        });
    }

    /// <summary>On /search?q=… the box shows what the page shows results for.</summary>
    private string? QueryOnResultsPage(string uri)
    {
        var url = new Uri(uri);
        if (!string.Equals(url.AbsolutePath, SearchLinks.ResultsPage, StringComparison.OrdinalIgnoreCase)) return null;
        return QueryHelpers.ParseQuery(url.Query).TryGetValue("q", out var q) ? q.ToString() : "";
    }

    private static string Describe(SearchHit hit) => hit.Kind switch
    {
        SearchKind.Artist => "Artist",
        SearchKind.Album => string.Join(" · ", new[] { "Album", hit.Subtitle, hit.Detail }.Where(s => !string.IsNullOrEmpty(s))),
        _ => $"{hit.Subtitle} · {hit.Detail}",
    };

    private static string Announce(SearchResults results) => results.IsEmpty
        ? $"No matches for {results.Query}"
        : string.Join(", ", results.Groups.Select(g => $"{g.Items.Count} {g.Title.ToLowerInvariant()}"));

    public async ValueTask DisposeAsync()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        pending?.Cancel();
        pending?.Dispose();
        try
        {
            if (keys is not null) await keys.InvokeVoidAsync("detach");
            if (keys is not null) await keys.DisposeAsync();
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is gone, and its listeners with it.
        }
        GC.SuppressFinalize(this);
    }
}
