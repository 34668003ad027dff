using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Layout;

public partial class MainLayout : IDisposable
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    private IReadOnlyList<NavItem> Items { get; set; } = [];
    private string UserName { get; set; } = "";
    private bool moreOpen;
    private ErrorBoundary? errorBoundary;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthState).User;
        Items = NavItems.For(user);
        UserName = user.Identity?.Name ?? "";
    }

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Marks the document as live: controls that need the server now respond.
        if (firstRender && RendererInfo.IsInteractive) await Js.InvokeVoidAsync("msShell.circuitReady");
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // A failed page should not stay failed after the user moves on, and the phone drawer closes.
        errorBoundary?.Recover();
        if (moreOpen)
        {
            moreOpen = false;
            InvokeAsync(StateHasChanged);
        }
    }

    private void ToggleMore() => moreOpen = !moreOpen;

    private void Recover() => errorBoundary?.Recover();

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
