using MediaSuite.Domain.Appearance;
using MediaSuite.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class UserAppearanceConfiguration : IEntityTypeConfiguration<UserAppearance>
{
    public void Configure(EntityTypeBuilder<UserAppearance> builder)
    {
        builder.ToTable("UserAppearances");
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Style).HasMaxLength(32);
        builder.Property(a => a.Palette).HasMaxLength(32);
        builder.Property(a => a.CustomAccent).HasMaxLength(7);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<UserAppearance>(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
