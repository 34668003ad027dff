namespace MediaSuite.Domain.Accounts;

/// <summary>
/// Length over composition rules (NIST SP 800-63B): household members pick passphrases they remember.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 256;

    public static AccountProblem? Validate(string? password, string? confirmation)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength) return AccountProblem.PasswordTooShort;
        if (password.Length > MaximumLength) return AccountProblem.PasswordTooLong;
        if (!string.Equals(password, confirmation, StringComparison.Ordinal)) return AccountProblem.PasswordMismatch;
        return null;
    }
}
