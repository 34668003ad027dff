namespace MediaSuite.Domain.Accounts;

public static class InviteRules
{
    public static readonly TimeSpan ShortestLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(30);

    /// <summary>The lifetimes the admin UI offers; any value between the bounds is accepted by the API.</summary>
    public static IReadOnlyList<TimeSpan> OfferedLifetimes { get; } =
        [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    /// <summary>
    /// Used and revoked win over expired: an invite that was redeemed stays "used" in the history
    /// even after its expiry passes, so the admin sees who joined through it.
    /// </summary>
    public static InviteState Evaluate(DateTimeOffset expiresAt, DateTimeOffset? usedAt, DateTimeOffset? revokedAt, DateTimeOffset now)
    {
        if (usedAt is not null) return InviteState.Used;
        if (revokedAt is not null) return InviteState.Revoked;
        return now >= expiresAt ? InviteState.Expired : InviteState.Open;
    }

    public static bool IsValidLifetime(TimeSpan lifetime) => lifetime >= ShortestLifetime && lifetime <= LongestLifetime;

    public static string Describe(InviteState state) => state switch
    {
        InviteState.Open => "This invite is valid.",
        InviteState.Used => "This invite link has already been used. Ask the administrator for a new one.",
        InviteState.Expired => "This invite link has expired. Ask the administrator for a new one.",
        InviteState.Revoked => "This invite link was withdrawn by the administrator.",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
