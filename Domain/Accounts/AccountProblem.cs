namespace MediaSuite.Domain.Accounts;

/// <summary>Every way an account action can be refused, with the sentence the user reads.</summary>
public enum AccountProblem
{
    InvalidCredentials,
    LockedOut,
    Disabled,
    UserNameInvalid,
    UserNameTaken,
    PasswordTooShort,
    PasswordTooLong,
    PasswordMismatch,
    InviteUnknown,
    InviteUsed,
    InviteExpired,
    InviteRevoked,
    InviteLifetimeInvalid,
    RoleUnknown,
    OnboardingClosed,
    LastAdministrator,
    NotOnYourself,
    UserUnknown,
}

public static class AccountProblems
{
    public static string Message(AccountProblem problem) => problem switch
    {
        AccountProblem.InvalidCredentials => "That user name and password do not match.",
        AccountProblem.LockedOut => "This account is locked after too many failed sign-ins. Wait a few minutes and try again, or ask an administrator.",
        AccountProblem.Disabled => "This account has been disabled by an administrator.",
        AccountProblem.UserNameInvalid => $"A user name has {UserNameRules.MinimumLength} to {UserNameRules.MaximumLength} characters: letters, digits and . _ - only.",
        AccountProblem.UserNameTaken => "That user name is taken. Choose another.",
        AccountProblem.PasswordTooShort => $"Choose a password of at least {PasswordRules.MinimumLength} characters.",
        AccountProblem.PasswordTooLong => $"A password can have at most {PasswordRules.MaximumLength} characters.",
        AccountProblem.PasswordMismatch => "The two passwords do not match.",
        AccountProblem.InviteUnknown => "This invite link is not valid. Check that it was copied whole, or ask the administrator for a new one.",
        AccountProblem.InviteUsed => InviteRules.Describe(InviteState.Used),
        AccountProblem.InviteExpired => InviteRules.Describe(InviteState.Expired),
        AccountProblem.InviteRevoked => InviteRules.Describe(InviteState.Revoked),
        AccountProblem.InviteLifetimeInvalid => $"An invite must last between {InviteRules.ShortestLifetime.TotalMinutes:0} minutes and {InviteRules.LongestLifetime.TotalDays:0} days.",
        AccountProblem.RoleUnknown => "The role must be admin or member.",
        AccountProblem.OnboardingClosed => "MediaSuite already has an administrator.",
        AccountProblem.LastAdministrator => "This is the last administrator; make someone else an administrator first.",
        AccountProblem.NotOnYourself => "You cannot do that to your own account.",
        AccountProblem.UserUnknown => "No such user.",
        _ => throw new ArgumentOutOfRangeException(nameof(problem)),
    };

    /// <summary>The kebab-case code carried in a redirect's query string, e.g. "invite-expired".</summary>
    public static string Code(AccountProblem problem) =>
        string.Concat(problem.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static AccountProblem? FromCode(string? code) =>
        string.IsNullOrEmpty(code) ? null : Enum.GetValues<AccountProblem>().Cast<AccountProblem?>().FirstOrDefault(p => Code(p!.Value) == code);

    public static AccountProblem ForInvite(InviteState state) => state switch
    {
        InviteState.Used => AccountProblem.InviteUsed,
        InviteState.Expired => AccountProblem.InviteExpired,
        InviteState.Revoked => AccountProblem.InviteRevoked,
        _ => throw new ArgumentOutOfRangeException(nameof(state), "An open invite is not a problem."),
    };
}
