using System.Security.Claims;
using MediaSuite.Components.Layout;
using MediaSuite.Domain.Appearance;
using MediaSuite.Infrastructure.Appearance;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace MediaSuite.Components.Settings;

public partial class Settings
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private AppearanceStore Appearances { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "error")] private string? Error { get; set; }
    [SupplyParameterFromQuery(Name = "password")] private string? PasswordState { get; set; }

    private UserAppearance appearance = new() { UserId = "" };
    private string userName = "";
    private string deviceLayout = "auto";
    private string? accentError;

    private string accentValue => ThemeResolver.AccentOf(appearance).ToHex();

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthState).User;
        userName = user.Identity?.Name ?? "";
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Settings requires a signed-in user.");
        appearance = await Appearances.GetAsync(id);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        deviceLayout = await Js.InvokeAsync<string>("msShell.getLayout");
        StateHasChanged();
    }

    private Task SetMode(ThemeMode mode) => Apply(a => a.Mode = mode);

    private Task SetStyle(string style) => Apply(a => a.Style = style);

    private Task SetPalette(string palette) => Apply(a => { a.Palette = palette; a.CustomAccent = null; });

    private Task ClearCustomAccent() => Apply(a => a.CustomAccent = null);

    private Task SetCustomAccent(string? value)
    {
        if (!Rgb.TryParse(value, out var colour))
        {
            accentError = $"'{value}' is not a colour. Use the picker or type #rrggbb.";
            return Task.CompletedTask;
        }
        return Apply(a => a.CustomAccent = colour.ToHex());
    }

    private async Task SetLayout(string value)
    {
        deviceLayout = value;
        await Js.InvokeVoidAsync("msShell.setLayout", value);
    }

    /// <summary>Saves first, then repaints: what the user sees is what is stored.</summary>
    private async Task Apply(Action<UserAppearance> change)
    {
        accentError = null;
        var next = new UserAppearance
        {
            UserId = appearance.UserId, Mode = appearance.Mode, Style = appearance.Style,
            Palette = appearance.Palette, CustomAccent = appearance.CustomAccent,
        };
        change(next);
        await Appearances.SaveAsync(next);
        appearance = next;
        await Js.InvokeVoidAsync("msShell.applyTheme", ThemeMarkup.For(ThemeResolver.Resolve(appearance)));
    }
}
