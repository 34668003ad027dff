namespace MediaSuite.App.Endpoints;

// Settable properties rather than positional records: a field a browser leaves out (an unticked
// checkbox) must bind as empty, not fail the request.

public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class NewAccountForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? Token { get; set; }
}

public sealed class PasswordChangeForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
