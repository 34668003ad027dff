namespace MediaSuite.Domain.Accounts;

public static class UserNameRules
{
    public const int MinimumLength = 2;
    public const int MaximumLength = 32;
    public const string AllowedCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    public static AccountProblem? Validate(string? userName) =>
        userName is null
        || userName.Length is < MinimumLength or > MaximumLength
        || !userName.All(AllowedCharacters.Contains)
            ? AccountProblem.UserNameInvalid
            : null;
}
