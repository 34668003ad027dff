using System.Security.Claims;
using MediaSuite.Domain.Accounts;

namespace MediaSuite.Components.Layout;

public sealed record NavItem(string Href, string Label, string Icon, bool Primary, bool ExactMatch = false);

/// <summary>The sections a user can reach; later features add theirs here.</summary>
public static class NavItems
{
    public static IReadOnlyList<NavItem> For(ClaimsPrincipal user)
    {
        var items = new List<NavItem>
        {
            new("/", "Home", "home", Primary: true, ExactMatch: true),
            new("/music", "Music", "library_music", Primary: true),
            new("/settings", "Settings", "settings", Primary: true, ExactMatch: true),
        };
        if (user.IsInRole(Roles.Admin))
        {
            items.Add(new("/settings/libraries", "Libraries", "library_add", Primary: false));
            items.Add(new("/admin/users", "Users", "group", Primary: false));
            items.Add(new("/jobs", "Jobs", "pending_actions", Primary: false));
            items.Add(new("/admin/system", "System", "dns", Primary: false));
        }
        return items;
    }
}
