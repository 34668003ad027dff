using MediaSuite.Domain.Accounts;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Infrastructure.Accounts;

/// <summary>
/// Onboarding is open while the database has no user at all. Once closed it stays closed for the
/// life of the process, so the check costs nothing on every later request.
/// </summary>
public sealed class OnboardingService(IServiceScopeFactory scopes, IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _closed;

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken = default)
    {
        if (_closed) return false;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        _closed = await db.Users.AnyAsync(cancellationToken);
        return !_closed;
    }

    /// <summary>Creates the first administrator; a second call (even a concurrent one) is refused.</summary>
    public async Task<AccountResult<AppUser>> CreateAdministratorAsync(string? userName, string? password, string? confirmation)
    {
        await _gate.WaitAsync();
        try
        {
            if (!await IsOpenAsync()) return AccountProblem.OnboardingClosed;
            await using var scope = scopes.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
            }
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await UserFactory.CreateAsync(users, userName, password, confirmation, Roles.Admin, clock.GetUtcNow());
            if (result.Succeeded) _closed = true;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }
}
