namespace MediaSuite.Domain.Appearance;

/// <summary>A Radzen base theme in its light and dark stylesheets.</summary>
public sealed record ThemeStyle(string Id, string Name, string LightTheme, string DarkTheme);

public static class ThemeStyles
{
    public static ThemeStyle Default { get; } = new("material", "Material", "material", "material-dark");

    public static IReadOnlyList<ThemeStyle> All { get; } =
    [
        Default,
        new("standard", "Standard", "standard", "standard-dark"),
        new("humanistic", "Humanistic", "humanistic", "humanistic-dark"),
        new("software", "Software", "software", "software-dark"),
        new("default", "Classic", "default", "dark"),
    ];

    public static ThemeStyle Find(string? id) => All.FirstOrDefault(s => s.Id == id) ?? Default;
}
