using System.Security.Claims;
using MediaSuite.App.Auth;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaSuite.App.Endpoints;

/// <summary>The household administration API; the Users page calls the same services.</summary>
public static class AdminEndpoints
{
    public sealed record InviteRequest(string Role, double LifetimeHours, string? Note);
    public sealed record InviteCreated(Guid Id, string Url, string Role, DateTimeOffset ExpiresAt);
    public sealed record RoleRequest(string Role);
    public sealed record PasswordReset(string TemporaryPassword);

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        admin.MapGet("/users", ListUsers);
        admin.MapPut("/users/{id}/role", SetRole);
        admin.MapPost("/users/{id}/disable", (string id, ClaimsPrincipal me, UserAdminService users) => SetDisabled(id, true, me, users));
        admin.MapPost("/users/{id}/enable", (string id, ClaimsPrincipal me, UserAdminService users) => SetDisabled(id, false, me, users));
        admin.MapPost("/users/{id}/password-reset", ResetPassword);
        admin.MapGet("/invites", ListInvites);
        admin.MapPost("/invites", CreateInvite);
        admin.MapDelete("/invites/{id:guid}", RevokeInvite);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<UserSummary>>> ListUsers(UserAdminService users) => TypedResults.Ok(await users.ListAsync());

    public static async Task<Results<NoContent, ProblemHttpResult>> SetRole(string id, RoleRequest request, ClaimsPrincipal me, UserAdminService users) =>
        ToResult(await users.SetRoleAsync(UserId(me), id, request.Role));

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabled(string id, bool disabled, ClaimsPrincipal me, UserAdminService users) =>
        ToResult(await users.SetDisabledAsync(UserId(me), id, disabled));

    public static async Task<Results<Ok<PasswordReset>, ProblemHttpResult>> ResetPassword(string id, UserAdminService users)
    {
        var reset = await users.ResetPasswordAsync(id);
        return reset.Succeeded ? TypedResults.Ok(new PasswordReset(reset.Value!)) : Problem(reset.Problem!.Value);
    }

    public static async Task<Ok<IReadOnlyList<InviteSummary>>> ListInvites(InviteService invites) => TypedResults.Ok(await invites.ListAsync());

    public static async Task<Results<Created<InviteCreated>, ProblemHttpResult>> CreateInvite(
        InviteRequest request, ClaimsPrincipal me, InviteService invites, HttpRequest http)
    {
        if (!double.IsFinite(request.LifetimeHours) || request.LifetimeHours <= 0 || request.LifetimeHours > 24 * 365)
            return Problem(AccountProblem.InviteLifetimeInvalid);
        var created = await invites.CreateAsync(UserId(me), request.Role, TimeSpan.FromHours(request.LifetimeHours), request.Note);
        if (!created.Succeeded) return Problem(created.Problem!.Value);
        var (invite, token) = created.Value!;
        var url = $"{http.Scheme}://{http.Host}/invite/{token}";
        return TypedResults.Created($"/api/admin/invites/{invite.Id}", new InviteCreated(invite.Id, url, invite.Role, invite.ExpiresAt));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeInvite(Guid id, InviteService invites) =>
        ToResult(await invites.RevokeAsync(id));

    private static string UserId(ClaimsPrincipal me) =>
        me.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("An authorised request has a user id.");

    private static Results<NoContent, ProblemHttpResult> ToResult(AccountResult result) =>
        result.Succeeded ? TypedResults.NoContent() : Problem(result.Problem!.Value);

    private static ProblemHttpResult Problem(AccountProblem problem) => TypedResults.Problem(
        AccountProblems.Message(problem),
        statusCode: problem is AccountProblem.UserUnknown or AccountProblem.InviteUnknown ? StatusCodes.Status404NotFound
            : problem is AccountProblem.InviteUsed or AccountProblem.InviteExpired or AccountProblem.InviteRevoked ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest,
        title: AccountProblems.Code(problem));
}
