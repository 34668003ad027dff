using System.Security.Cryptography;
using System.Text;
using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Accounts;

public sealed record CreatedInvite(Invite Invite, string Token);

public sealed record InviteSummary(Guid Id, string Role, string? Note, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, InviteState State, string? UsedBy);

/// <summary>Invites are single-use: redeeming one is a conditional update, so two people racing with the same link cannot both join.</summary>
public sealed class InviteService(IServiceScopeFactory scopes, IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    public async Task<AccountResult<CreatedInvite>> CreateAsync(string creatorUserId, string role, TimeSpan lifetime, string? note)
    {
        if (!Roles.IsKnown(role)) return AccountProblem.RoleUnknown;
        if (!InviteRules.IsValidLifetime(lifetime)) return AccountProblem.InviteLifetimeInvalid;
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        var invite = new Invite
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            Role = role,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 200)],
            CreatedByUserId = creatorUserId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        await using var db = await dbs.CreateDbContextAsync();
        db.Invites.Add(invite);
        await db.SaveChangesAsync();
        return new CreatedInvite(invite, token);
    }

    public async Task<IReadOnlyList<InviteSummary>> ListAsync()
    {
        await using var db = await dbs.CreateDbContextAsync();
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id);
        var invites = await db.Invites.AsNoTracking().ToListAsync();
        var now = clock.GetUtcNow();
        return invites
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new InviteSummary(i.Id, i.Role, i.Note, names.GetValueOrDefault(i.CreatedByUserId, "?"), i.CreatedAt, i.ExpiresAt,
                i.StateAt(now), i.UsedByUserId is null ? null : names.GetValueOrDefault(i.UsedByUserId, "?")))
            .ToList();
    }

    public async Task<AccountResult> RevokeAsync(Guid id)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var invite = await db.Invites.FindAsync(id);
        if (invite is null) return AccountProblem.InviteUnknown;
        var state = invite.StateAt(clock.GetUtcNow());
        if (state != InviteState.Open) return AccountProblems.ForInvite(state);
        invite.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        return AccountResult.Ok;
    }

    /// <summary>What the registration page shows before the form is filled in.</summary>
    public async Task<AccountResult<Invite>> InspectAsync(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return AccountProblem.InviteUnknown;
        await using var db = await dbs.CreateDbContextAsync();
        var hash = Hash(token);
        var invite = await db.Invites.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash);
        if (invite is null) return AccountProblem.InviteUnknown;
        var state = invite.StateAt(clock.GetUtcNow());
        return state == InviteState.Open ? invite : AccountProblems.ForInvite(state);
    }

    public async Task<AccountResult<AppUser>> RedeemAsync(string? token, string? userName, string? password, string? confirmation)
    {
        var inspected = await InspectAsync(token);
        if (!inspected.Succeeded) return inspected.Problem!.Value;
        var invite = inspected.Value!;
        if (UserNameRules.Validate(userName) is { } nameProblem) return nameProblem;
        if (PasswordRules.Validate(password, confirmation) is { } passwordProblem) return passwordProblem;

        var now = clock.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync();
        // Claim the invite first: only one redeemer can flip UsedAt from null.
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Invites SET UsedAt = {now.UtcTicks} WHERE Id = {invite.Id} AND UsedAt IS NULL AND RevokedAt IS NULL AND ExpiresAt > {now.UtcTicks}");
        if (claimed != 1) return AccountProblem.InviteUsed;

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var created = await UserFactory.CreateAsync(users, userName, password, confirmation, invite.Role, now);
        if (!created.Succeeded)
        {
            // The person keeps their link when their chosen name was taken.
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Invites SET UsedAt = NULL WHERE Id = {invite.Id}");
            return created;
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Invites SET UsedByUserId = {created.Value!.Id} WHERE Id = {invite.Id}");
        return created;
    }

    /// <summary>Unused invites that expired or were withdrawn before the cutoff; used ones stay as the record of who joined.</summary>
    public async Task<int> DeleteDeadBeforeAsync(DateTimeOffset cutoff)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var ticks = cutoff.UtcTicks;
        return await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM Invites WHERE UsedAt IS NULL AND (ExpiresAt < {ticks} OR RevokedAt < {ticks})");
    }

    internal static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
