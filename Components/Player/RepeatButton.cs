using MediaSuite.Domain.Playback;

namespace MediaSuite.Components.Player;

/// <summary>How the repeat button shows each mode: its own icon and its own label, so the three states are never confused.</summary>
public sealed record RepeatButton(string Mode, string Label, string Icon)
{
    public static RepeatButton For(RepeatMode mode) => mode switch
    {
        RepeatMode.All => new("all", "Repeat: all", "repeat_on"),
        RepeatMode.One => new("one", "Repeat: one", "repeat_one_on"),
        _ => new("off", "Repeat: off", "repeat"),
    };

    /// <summary>Off, then all, then one, then off again (as in Spotify).</summary>
    public static RepeatMode After(RepeatMode mode) => mode switch
    {
        RepeatMode.Off => RepeatMode.All,
        RepeatMode.All => RepeatMode.One,
        _ => RepeatMode.Off,
    };
}
