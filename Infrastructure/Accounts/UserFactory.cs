using MediaSuite.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace MediaSuite.Infrastructure.Accounts;

/// <summary>The one way a user comes into being, for onboarding and invites alike.</summary>
internal static class UserFactory
{
    public static async Task<AccountResult<AppUser>> CreateAsync(
        UserManager<AppUser> users, string? userName, string? password, string? confirmation, string role, DateTimeOffset now)
    {
        if (UserNameRules.Validate(userName) is { } nameProblem) return nameProblem;
        if (PasswordRules.Validate(password, confirmation) is { } passwordProblem) return passwordProblem;
        if (await users.FindByNameAsync(userName!) is not null) return AccountProblem.UserNameTaken;

        var user = new AppUser { UserName = userName, CreatedAt = now, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))
                ? AccountProblem.UserNameTaken
                : throw new InvalidOperationException("Creating the user failed: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
            throw new InvalidOperationException("Adding the role failed: " + string.Join("; ", inRole.Errors.Select(e => e.Description)));
        return user;
    }
}
