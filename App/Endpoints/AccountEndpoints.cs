using System.Security.Claims;
using MediaSuite.App.Auth;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MediaSuite.App.Endpoints;

/// <summary>
/// Form posts from the static account pages. Cookies can only be set on an HTTP response, so
/// signing in happens here rather than inside an interactive component.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account");
        account.MapPost("/login", SignIn).AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.SignInRateLimit);
        account.MapPost("/onboarding", Onboard).AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.SignInRateLimit);
        account.MapPost("/register", Register).AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.SignInRateLimit);
        account.MapPost("/password", ChangePassword).RequireAuthorization().RequireRateLimiting(AuthServiceCollectionExtensions.SignInRateLimit);
        // SameSite=Lax keeps the auth cookie off cross-site posts, so sign-out needs no antiforgery token.
        account.MapPost("/logout", SignOut).DisableAntiforgery();
        return app;
    }

    public static async Task<RedirectHttpResult> SignIn([FromForm] SignInForm form, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        var user = string.IsNullOrWhiteSpace(form.UserName) ? null : await users.FindByNameAsync(form.UserName.Trim());
        if (user is null) return BackToLogin(AccountProblem.InvalidCredentials, form.UserName, returnUrl);

        var check = await signIn.CheckPasswordSignInAsync(user, form.Password ?? "", lockoutOnFailure: true);
        if (check.IsLockedOut) return BackToLogin(AccountProblem.LockedOut, form.UserName, returnUrl);
        if (!check.Succeeded) return BackToLogin(AccountProblem.InvalidCredentials, form.UserName, returnUrl);
        if (user.IsDisabled) return BackToLogin(AccountProblem.Disabled, form.UserName, returnUrl);

        await signIn.SignInAsync(user, isPersistent: form.RememberMe);
        return TypedResults.Redirect(returnUrl);
    }

    public static async Task<Results<RedirectHttpResult, ProblemHttpResult>> Onboard(
        [FromForm] NewAccountForm form, OnboardingService onboarding, SignInManager<AppUser> signIn)
    {
        var created = await onboarding.CreateAdministratorAsync(form.UserName?.Trim(), form.Password, form.ConfirmPassword);
        if (created.Problem == AccountProblem.OnboardingClosed)
            return TypedResults.Problem(AccountProblems.Message(AccountProblem.OnboardingClosed), statusCode: StatusCodes.Status403Forbidden);
        if (!created.Succeeded) return TypedResults.Redirect(WithError("/onboarding", created.Problem!.Value, form.UserName));
        await signIn.SignInAsync(created.Value!, isPersistent: true);
        // As Jellyfin's wizard does: the new administrator is offered to add media folders straight away.
        return TypedResults.Redirect("/setup/libraries");
    }

    public static async Task<RedirectHttpResult> Register([FromForm] NewAccountForm form, InviteService invites, SignInManager<AppUser> signIn)
    {
        var created = await invites.RedeemAsync(form.Token, form.UserName?.Trim(), form.Password, form.ConfirmPassword);
        if (!created.Succeeded)
            return TypedResults.Redirect(WithError($"/invite/{Uri.EscapeDataString(form.Token ?? "")}", created.Problem!.Value, form.UserName));
        await signIn.SignInAsync(created.Value!, isPersistent: true);
        return TypedResults.Redirect("/");
    }

    public static async Task<RedirectHttpResult> ChangePassword(
        [FromForm] PasswordChangeForm form, ClaimsPrincipal principal, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Redirect("/login");
        if (PasswordRules.Validate(form.NewPassword, form.ConfirmPassword) is { } problem)
            return TypedResults.Redirect(WithError("/settings", problem, null) + "#password");
        var changed = await users.ChangePasswordAsync(user, form.CurrentPassword ?? "", form.NewPassword!);
        if (!changed.Succeeded) return TypedResults.Redirect(WithError("/settings", AccountProblem.InvalidCredentials, null) + "#password");
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Redirect("/settings?password=changed#password");
    }

    public static async Task<RedirectHttpResult> SignOut(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.Redirect("/login");
    }

    /// <summary>Only local paths: an attacker's link must not bounce a fresh sign-in to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";

    private static RedirectHttpResult BackToLogin(AccountProblem problem, string? userName, string returnUrl) =>
        TypedResults.Redirect(WithError("/login", problem, userName) + (returnUrl == "/" ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl)));

    private static string WithError(string path, AccountProblem problem, string? userName) =>
        $"{path}?error={AccountProblems.Code(problem)}" + (string.IsNullOrWhiteSpace(userName) ? "" : "&user=" + Uri.EscapeDataString(userName.Trim()));
}
