using System.ComponentModel.DataAnnotations;

namespace MediaSuite.Infrastructure.Accounts;

/// <summary>Section "MediaSuite:Accounts".</summary>
public sealed class AccountOptions
{
    public const string Section = "MediaSuite:Accounts";

    /// <summary>Sign-in, onboarding and registration posts allowed per client address and window. Default 10.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerWindow { get; set; } = 10;

    /// <summary>Default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed passwords in a row before the account locks. Default 5.</summary>
    [Range(1, 100)]
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>Default five minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often open sessions re-check that their account is still enabled and unchanged. Default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in lasts without use; each visit past half of it renews it. Default 14 days.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(14);
}
