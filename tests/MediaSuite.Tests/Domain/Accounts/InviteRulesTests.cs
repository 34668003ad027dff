using MediaSuite.Domain.Accounts;

namespace MediaSuite.Tests.Domain.Accounts;

public class InviteRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_BeforeExpiry_IsOpen() =>
        Assert.Equal(InviteState.Open, InviteRules.Evaluate(Now.AddMinutes(1), null, null, Now));

    [Fact]
    public void Evaluate_AtExactExpiry_IsExpired() =>
        Assert.Equal(InviteState.Expired, InviteRules.Evaluate(Now, null, null, Now));

    [Fact]
    public void Evaluate_UsedThenExpired_StaysUsed() =>
        Assert.Equal(InviteState.Used, InviteRules.Evaluate(Now.AddDays(-1), Now.AddDays(-2), null, Now));

    [Fact]
    public void Evaluate_RevokedBeforeExpiry_IsRevoked() =>
        Assert.Equal(InviteState.Revoked, InviteRules.Evaluate(Now.AddDays(1), null, Now.AddMinutes(-5), Now));

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(60 * 24 * 30, true)]
    [InlineData(60 * 24 * 30 + 1, false)]
    public void IsValidLifetime_HonoursBounds(int minutes, bool valid) =>
        Assert.Equal(valid, InviteRules.IsValidLifetime(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void OfferedLifetimes_AreAllValid() =>
        Assert.All(InviteRules.OfferedLifetimes, l => Assert.True(InviteRules.IsValidLifetime(l)));

    [Fact]
    public void Invite_StateAt_UsesRules()
    {
        var invite = new Invite { TokenHash = "h", Role = Roles.Member, CreatedByUserId = "u", ExpiresAt = Now.AddHours(1) };
        Assert.Equal(InviteState.Open, invite.StateAt(Now));
        Assert.Equal(InviteState.Expired, invite.StateAt(Now.AddHours(2)));
    }
}
