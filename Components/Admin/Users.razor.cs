using System.Security.Claims;
using MediaSuite.Components.Shared;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Radzen;

namespace MediaSuite.Components.Admin;

public partial class Users
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [Inject] private UserAdminService UserAdmin { get; set; } = default!;
    [Inject] private InviteService InviteService { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private sealed record LifetimeChoice(string Text, TimeSpan Value);

    private static readonly IReadOnlyList<LifetimeChoice> LifetimeChoices = InviteRules.OfferedLifetimes
        .Select(l => new LifetimeChoice(l.TotalDays >= 1 ? (l.TotalDays == 1 ? "1 day" : $"{l.TotalDays:0} days") : $"{l.TotalHours:0} hour", l))
        .ToList();

    private IReadOnlyList<UserSummary> users = [];
    private IReadOnlyList<InviteSummary> invites = [];
    private string myId = "";
    private string inviteRole = Roles.Member;
    private TimeSpan inviteLifetime = TimeSpan.FromDays(7);
    private string? inviteNote;
    private string? createdLink;
    private string? message;
    private (string User, string Password)? temporaryPassword;

    protected override async Task OnInitializedAsync()
    {
        myId = (await AuthState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await Reload();
    }

    private async Task Reload()
    {
        users = await UserAdmin.ListAsync();
        invites = await InviteService.ListAsync();
    }

    private async Task CreateInvite()
    {
        var created = await InviteService.CreateAsync(myId, inviteRole, inviteLifetime, inviteNote);
        if (!Report(created.Problem)) return;
        createdLink = $"{Navigation.BaseUri}invite/{created.Value!.Token}";
        inviteNote = null;
        await Reload();
    }

    private async Task CopyLink() => await Js.InvokeVoidAsync("msShell.copyText", "invite-link");

    private async Task Revoke(Guid id)
    {
        if (Report((await InviteService.RevokeAsync(id)).Problem)) await Reload();
    }

    private async Task SetRole(UserSummary user, string role)
    {
        Report((await UserAdmin.SetRoleAsync(myId, user.Id, role)).Problem);
        await Reload();
    }

    private async Task ToggleDisabled(UserSummary user)
    {
        if (!user.IsDisabled && await Dialogs.Confirm($"Disable {user.UserName}? They are signed out and cannot sign in until enabled again.",
                "Disable account", new ConfirmOptions { OkButtonText = "Disable", CancelButtonText = "Cancel" }) != true)
            return;
        Report((await UserAdmin.SetDisabledAsync(myId, user.Id, !user.IsDisabled)).Problem);
        await Reload();
    }

    private async Task ResetPassword(UserSummary user)
    {
        if (await Dialogs.Confirm($"Give {user.UserName} a new random password? Their current password stops working.",
                "Reset password", new ConfirmOptions { OkButtonText = "Reset", CancelButtonText = "Cancel" }) != true)
            return;
        var reset = await UserAdmin.ResetPasswordAsync(user.Id);
        if (Report(reset.Problem)) temporaryPassword = (user.UserName, reset.Value!);
        await Reload();
    }

    private string StatusOf(UserSummary user) =>
        user.IsDisabled ? "Disabled"
        : user.LockedUntil is { } until && until > Clock.GetUtcNow() ? $"Locked, opens {RelativeTime.From(until, Clock.GetUtcNow())}"
        : "Active";

    private bool Report(AccountProblem? problem)
    {
        message = problem is null ? null : AccountProblems.Message(problem.Value);
        return problem is null;
    }
}
