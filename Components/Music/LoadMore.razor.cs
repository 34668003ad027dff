using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Music;

public partial class LoadMore
{
    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Parameter, EditorRequired] public bool HasMore { get; set; }
    [Parameter, EditorRequired] public EventCallback OnLoadMore { get; set; }

    /// <summary>The button's text ("Load more albums").</summary>
    [Parameter] public string Text { get; set; } = "Load more";

    /// <summary>How many items are shown, announced politely after each page ("120 albums").</summary>
    [Parameter] public string? Status { get; set; }

    private ElementReference sentinel;
    private IJSObjectReference? module;
    private IJSObjectReference? watch;
    private DotNetObjectReference<LoadMore>? self;
    private bool Loading { get; set; }
    private bool watching;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!HasMore)
        {
            await StopAsync();
            return;
        }
        if (watching) return;
        module ??= await Js.InvokeAsync<IJSObjectReference>("import", "./Components/Music/LoadMore.razor.js");
        self ??= DotNetObjectReference.Create(this);
        watch = await module.InvokeAsync<IJSObjectReference>("watch", sentinel, self);
        watching = true;
    }

    /// <summary>Called by the observer while the end of the list is in view.</summary>
    [JSInvokable]
    public Task ReachedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (Loading || !HasMore) return;
        Loading = true;
        try
        {
            await OnLoadMore.InvokeAsync();
        }
        finally
        {
            Loading = false;
        }
        StateHasChanged();
        // The end may still be in view (a tall screen, a short page): look again once the new items are drawn.
        if (watch is not null && HasMore) await watch.InvokeVoidAsync("recheck");
    }

    private async Task StopAsync()
    {
        if (watch is null) return;
        watching = false;
        try
        {
            await watch.InvokeVoidAsync("stop");
            await watch.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        watch = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
        }
        self?.Dispose();
    }
}
