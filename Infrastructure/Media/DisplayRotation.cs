using MediaSuite.Infrastructure.Media.Ffprobe;

namespace MediaSuite.Infrastructure.Media;

/// <summary>
/// VideoMetadata.Rotation is the clockwise turn, in degrees (0, 90, 180, 270), that a player applies
/// to the coded frame to show it upright: a phone held upright records 1920×1080 frames with
/// Rotation 90. ffprobe reports a display matrix as the counter-clockwise angle (that same phone
/// video says "rotation": -90), so the sign flips; the legacy "rotate" tag (ffmpeg before 5.0, old
/// Android) already counts clockwise.
/// </summary>
public static class DisplayRotation
{
    /// <summary>0 when the stream carries neither a display matrix nor a rotate tag.</summary>
    public static int Of(FfprobeStream video)
    {
        foreach (var side in video.SideDataList ?? [])
            if (string.Equals(side.SideDataType, "Display Matrix", StringComparison.OrdinalIgnoreCase) && side.Rotation is { } counterClockwise)
                return Normalise(-counterClockwise) ?? 0;
        return FfprobeValues.Tag(video.Tags, "rotate") is { } tag && double.TryParse(tag, System.Globalization.CultureInfo.InvariantCulture, out var clockwise)
            ? Normalise(clockwise) ?? 0
            : 0;
    }

    /// <summary>Any angle to the nearest quarter turn in 0..270: -90 → 270, 450 → 90, 89.9 → 90.</summary>
    public static int? Normalise(double clockwise)
    {
        if (!double.IsFinite(clockwise)) return null;
        var quarterTurns = (long)Math.Round(clockwise / 90.0, MidpointRounding.AwayFromZero);
        return (int)(((quarterTurns % 4) + 4) % 4 * 90);
    }
}
