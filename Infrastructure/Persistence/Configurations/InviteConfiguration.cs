using MediaSuite.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediaSuite.Infrastructure.Persistence;

internal sealed class InviteConfiguration : IEntityTypeConfiguration<Invite>
{
    public void Configure(EntityTypeBuilder<Invite> builder)
    {
        builder.ToTable("Invites");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.Role).HasMaxLength(16).IsRequired();
        builder.Property(i => i.Note).HasMaxLength(200);
        builder.Property(i => i.CreatedByUserId).IsRequired();
        builder.HasIndex(i => i.ExpiresAt);
    }
}
