namespace MediaSuite.Domain.Playback;

/// <summary>The id a browser keeps in its local storage to say which device played a listen.</summary>
public static class DeviceIds
{
    public const int MaxLength = 64;

    /// <summary>The id when it looks like one the player makes (letters, digits and dashes, 8 to 64 of them); null otherwise, so junk never reaches the Listens table.</summary>
    public static string? Clean(string? raw) =>
        raw is { Length: >= 8 and <= MaxLength } && raw.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? raw : null;
}
