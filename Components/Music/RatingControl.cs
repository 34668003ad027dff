using System.Security.Claims;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace MediaSuite.Components.Music;

/// <summary>
/// What <see cref="Heart"/> and <see cref="Stars"/> share: the item, the signed-in user, and a rating that follows the
/// parent's value but also shows a change at once when the parent does not bind it.
/// </summary>
public abstract class RatingControl : ComponentBase
{
    [Inject] private RatingService Ratings { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Parameter, EditorRequired] public RatedKind Kind { get; set; }
    [Parameter, EditorRequired] public long ItemId { get; set; }

    /// <summary>The item's name, for the control's accessible label ("Favourite Polar Night").</summary>
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public ItemRating Rating { get; set; } = ItemRating.None;
    [Parameter] public EventCallback<ItemRating> RatingChanged { get; set; }

    protected ItemRating Current { get; private set; } = ItemRating.None;
    private ItemRating? _lastParameter;

    protected override void OnParametersSet()
    {
        if (_lastParameter == Rating) return;
        _lastParameter = Rating;
        Current = Rating;
    }

    protected Task SetFavouriteAsync(bool favourite) => SaveAsync((ratings, user) => ratings.SetFavouriteAsync(user, Kind, ItemId, favourite));

    protected Task SetStarsAsync(int stars) => SaveAsync((ratings, user) => ratings.SetStarsAsync(user, Kind, ItemId, stars));

    private async Task SaveAsync(Func<RatingService, string, Task<ItemRating>> change)
    {
        var user = (await AuthState).User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user is null) return;
        try
        {
            Current = await change(Ratings, user);
        }
        catch (Exception e) when (e is UnknownRatedItemException or ArgumentException)
        {
            Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Warning, Summary = e.Message, Duration = 4000 });
            return;
        }
        await RatingChanged.InvokeAsync(Current);
    }
}
