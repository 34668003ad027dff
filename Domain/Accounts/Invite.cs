namespace MediaSuite.Domain.Accounts;

/// <summary>A single-use link an admin hands to a new household member. Only the token's hash is stored.</summary>
public sealed class Invite
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public required string Role { get; set; }
    public string? Note { get; set; }
    public required string CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public string? UsedByUserId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public InviteState StateAt(DateTimeOffset now) => InviteRules.Evaluate(ExpiresAt, UsedAt, RevokedAt, now);
}

public enum InviteState
{
    Open,
    Used,
    Expired,
    Revoked,
}
