using MediaSuite.Domain.Appearance;
using MediaSuite.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaSuite.Infrastructure.Appearance;

public sealed class AppearanceStore(IDbContextFactory<MediaSuiteDb> dbs, TimeProvider clock)
{
    public async Task<UserAppearance> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Appearances.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken)
               ?? new UserAppearance { UserId = userId };
    }

    /// <summary>Unknown style or palette ids and malformed accents are refused rather than stored.</summary>
    public async Task SaveAsync(UserAppearance appearance)
    {
        if (ThemeStyles.All.All(s => s.Id != appearance.Style)) throw new ArgumentException($"Unknown theme style '{appearance.Style}'.");
        if (Palettes.All.All(p => p.Id != appearance.Palette)) throw new ArgumentException($"Unknown palette '{appearance.Palette}'.");
        string? accent = null;
        if (appearance.CustomAccent is not null)
            accent = Rgb.TryParse(appearance.CustomAccent, out var rgb) ? rgb.ToHex() : throw new ArgumentException($"'{appearance.CustomAccent}' is not a colour.");

        await using var db = await dbs.CreateDbContextAsync();
        var row = await db.Appearances.FirstOrDefaultAsync(a => a.UserId == appearance.UserId);
        if (row is null)
        {
            row = new UserAppearance { UserId = appearance.UserId };
            db.Appearances.Add(row);
        }
        row.Mode = appearance.Mode;
        row.Style = appearance.Style;
        row.Palette = appearance.Palette;
        row.CustomAccent = accent;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
    }
}
