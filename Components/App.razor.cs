using System.Security.Claims;
using MediaSuite.Domain.Appearance;
using MediaSuite.Domain.Devices;
using MediaSuite.Infrastructure.Appearance;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Components.Routing;

namespace MediaSuite.Components;

/// <summary>
/// The document shell, always rendered on the server: the user's theme and the device's layout are
/// in the first bytes, so the first paint is already right.
/// </summary>
public partial class App
{
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Inject] private AppearanceStore Appearances { get; set; } = default!;

    private ResolvedTheme Theme { get; set; } = ThemeResolver.Resolve(null);
    private LayoutDecision Layout { get; set; } = new(false, false);

    private IComponentRenderMode? PageRenderMode =>
        HttpContext.AcceptsInteractiveRouting() ? Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer : null;

    protected override async Task OnInitializedAsync()
    {
        var userId = HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null) Theme = ThemeResolver.Resolve(await Appearances.GetAsync(userId, HttpContext.RequestAborted));
        Layout = LayoutRules.Decide(LayoutRules.Parse(HttpContext.Request.Cookies[LayoutRules.CookieName]), HttpContext.Request.Headers.UserAgent);
    }
}
