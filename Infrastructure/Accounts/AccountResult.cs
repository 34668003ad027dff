using MediaSuite.Domain.Accounts;

namespace MediaSuite.Infrastructure.Accounts;

public readonly record struct AccountResult(AccountProblem? Problem)
{
    public bool Succeeded => Problem is null;
    public static AccountResult Ok { get; } = new(null);
    public static implicit operator AccountResult(AccountProblem problem) => new(problem);
}

public readonly record struct AccountResult<T>(T? Value, AccountProblem? Problem)
{
    public bool Succeeded => Problem is null;
    public static implicit operator AccountResult<T>(AccountProblem problem) => new(default, problem);
    public static implicit operator AccountResult<T>(T value) => new(value, null);
}
