namespace MediaSuite.Domain.Appearance;

public enum ThemeMode
{
    System,
    Light,
    Dark,
}

/// <summary>What a user chose on the Settings page. Stored per user, one row each.</summary>
public sealed class UserAppearance
{
    public required string UserId { get; set; }
    public ThemeMode Mode { get; set; } = ThemeMode.System;
    public string Style { get; set; } = ThemeStyles.Default.Id;
    public string Palette { get; set; } = Palettes.Default.Id;

    /// <summary>A custom accent (#rrggbb) that overrides the palette's when set.</summary>
    public string? CustomAccent { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
