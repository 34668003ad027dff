using System.Collections.Concurrent;
using System.Security.Cryptography;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Accounts;

public sealed record UserSummary(string Id, string UserName, string Role, bool IsDisabled, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

/// <summary>What an administrator does to other accounts. Each call uses its own short-lived scope.</summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    /// <summary>How long "is this account active" is remembered: every stream request asks, and a player asks several times a second while seeking.</summary>
    private static readonly TimeSpan ActiveCacheLifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (bool Active, DateTimeOffset Until)> _active = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<UserSummary>> ListAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var admins = await AdminIdsAsync(db);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().ToListAsync();
        return users
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new UserSummary(u.Id, u.UserName ?? "", admins.Contains(u.Id) ? Roles.Admin : Roles.Member, u.IsDisabled,
                !u.IsDisabled && u.LockoutEnd > now ? u.LockoutEnd : null, u.CreatedAt))
            .ToList();
    }

    public async Task<int> CountAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Users.CountAsync();
    }

    public async Task<AccountResult> SetRoleAsync(string actorId, string userId, string role)
    {
        if (!Roles.IsKnown(role)) return AccountProblem.RoleUnknown;
        if (actorId == userId) return AccountProblem.NotOnYourself;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountProblem.UserUnknown;
        var current = await users.IsInRoleAsync(user, Roles.Admin) ? Roles.Admin : Roles.Member;
        if (current == role) return AccountResult.Ok;
        if (current == Roles.Admin && await ActiveAdminCountAsync() <= 1) return AccountProblem.LastAdministrator;
        Check(await users.RemoveFromRoleAsync(user, current));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.UpdateSecurityStampAsync(user));
        return AccountResult.Ok;
    }

    /// <summary>A disabled user cannot sign in, and the security stamp change ends their open sessions.</summary>
    public async Task<AccountResult> SetDisabledAsync(string actorId, string userId, bool disabled)
    {
        if (actorId == userId) return AccountProblem.NotOnYourself;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountProblem.UserUnknown;
        if (disabled && await users.IsInRoleAsync(user, Roles.Admin) && await ActiveAdminCountAsync() <= 1)
            return AccountProblem.LastAdministrator;
        user.IsDisabled = disabled;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
        _active.TryRemove(userId, out _);
        return AccountResult.Ok;
    }

    /// <summary>Sets a new random password, shown once to the admin, and lifts any lockout.</summary>
    public async Task<AccountResult<string>> ResetPasswordAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountProblem.UserUnknown;
        var password = TemporaryPassword();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        return password;
    }

    /// <summary>Whether the account exists and is not disabled; remembered for a few seconds, forgotten at once when this service disables it.</summary>
    public async Task<bool> IsActiveAsync(string userId)
    {
        var now = clock.GetUtcNow();
        if (_active.TryGetValue(userId, out var known) && known.Until > now) return known.Active;
        await using var db = await dbs.CreateDbContextAsync();
        var active = await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled);
        _active[userId] = (active, now + ActiveCacheLifetime);
        return active;
    }

    private async Task<int> ActiveAdminCountAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var admins = await AdminIdsAsync(db);
        return await db.Users.CountAsync(u => admins.Contains(u.Id) && !u.IsDisabled);
    }

    private static async Task<HashSet<string>> AdminIdsAsync(MediaSuiteDb db)
    {
        var ids = await (from ur in db.UserRoles
                         join r in db.Roles on ur.RoleId equals r.Id
                         where r.Name == Roles.Admin
                         select ur.UserId).ToListAsync();
        return ids.ToHashSet();
    }

    /// <summary>Four groups of four from an alphabet without look-alikes, easy to read aloud.</summary>
    internal static string TemporaryPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 16);
        return string.Join("-", chars.Chunk(4).Select(c => new string(c)));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
