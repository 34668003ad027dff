using Microsoft.AspNetCore.Identity;

namespace MediaSuite.Infrastructure.Accounts;

public sealed class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }
    public bool IsDisabled { get; set; }
}
