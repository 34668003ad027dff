using MediaSuite.Domain.Accounts;

namespace MediaSuite.Tests.Domain.Accounts;

public class AccountRulesTests
{
    [Theory]
    [InlineData("short", "short", AccountProblem.PasswordTooShort)]
    [InlineData("", "", AccountProblem.PasswordTooShort)]
    [InlineData(null, null, AccountProblem.PasswordTooShort)]
    [InlineData("long enough", "long enougH", AccountProblem.PasswordMismatch)]
    [InlineData("long enough", "long enough", null)]
    [InlineData("12345678", "12345678", null)]
    public void PasswordRules_Validate(string? password, string? confirmation, AccountProblem? expected) =>
        Assert.Equal(expected, PasswordRules.Validate(password, confirmation));

    [Fact]
    public void PasswordRules_TooLong_IsRefused()
    {
        var password = new string('x', PasswordRules.MaximumLength + 1);
        Assert.Equal(AccountProblem.PasswordTooLong, PasswordRules.Validate(password, password));
    }

    [Theory]
    [InlineData("alex", true)]
    [InlineData("a.b_c-9", true)]
    [InlineData("a", false)]
    [InlineData("has space", false)]
    [InlineData("émile", false)]
    [InlineData("<script>", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", false)]
    public void UserNameRules_Validate(string name, bool valid) =>
        Assert.Equal(valid, UserNameRules.Validate(name) is null);

    [Fact]
    public void AccountProblems_EveryProblemHasAMessageAndACodeThatRoundTrips()
    {
        foreach (var problem in Enum.GetValues<AccountProblem>())
        {
            Assert.False(string.IsNullOrWhiteSpace(AccountProblems.Message(problem)));
            Assert.Equal(problem, AccountProblems.FromCode(AccountProblems.Code(problem)));
        }
    }

    [Fact]
    public void AccountProblems_Code_IsKebabCase() =>
        Assert.Equal("invite-expired", AccountProblems.Code(AccountProblem.InviteExpired));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-such-problem")]
    public void AccountProblems_FromCode_UnknownIsNull(string? code) => Assert.Null(AccountProblems.FromCode(code));

    [Fact]
    public void AccountProblems_ForInvite_RefusesOpen() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountProblems.ForInvite(InviteState.Open));
}
