namespace MediaSuite.Domain.Appearance;

public sealed record Palette(string Id, string Name, string Accent);

public static class Palettes
{
    public static Palette Default { get; } = new("indigo", "Indigo", "#4340d2");

    public static IReadOnlyList<Palette> All { get; } =
    [
        Default,
        new("ocean", "Ocean", "#0369a1"),
        new("teal", "Teal", "#00796b"),
        new("forest", "Forest", "#2e7d32"),
        new("amber", "Amber", "#b45309"),
        new("crimson", "Crimson", "#c62828"),
        new("rose", "Rose", "#ad1457"),
        new("grape", "Grape", "#6a1b9a"),
        new("slate", "Slate", "#455a64"),
    ];

    public static Palette Find(string? id) => All.FirstOrDefault(p => p.Id == id) ?? Default;
}
