namespace MediaSuite.Domain.Accounts;

/// <summary>The two household roles. Admins manage users, libraries and jobs; members use the media.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Member = "member";

    public static IReadOnlyList<string> All { get; } = [Admin, Member];

    public static bool IsKnown(string? role) => role is Admin or Member;
}
