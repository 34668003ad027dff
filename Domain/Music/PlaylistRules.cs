namespace MediaSuite.Domain.Music;

/// <summary>What a playlist may be called and hold.</summary>
public static class PlaylistRules
{
    public const int MaxNameLength = 200;

    /// <summary>A playlist plays as one queue context; beyond this it is a library, not a playlist.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The name as stored (trimmed, inner line breaks and tabs as spaces), or a sentence saying what is wrong with it.</summary>
    public static (string? Name, string? Problem) CheckName(string? name)
    {
        var cleaned = string.Join(' ', (name ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (cleaned.Length == 0) return (null, "A playlist needs a name.");
        if (cleaned.Length > MaxNameLength) return (null, $"A playlist name can be at most {MaxNameLength} characters; this one has {cleaned.Length}.");
        if (cleaned.Any(char.IsControl)) return (null, "A playlist name cannot contain control characters.");
        return (cleaned, null);
    }

    /// <summary>"Road trip", or "Road trip (2)" and so on when the user already has that name; for imports, which must not fail on a name.</summary>
    public static string Unique(string name, IReadOnlySet<string> taken)
    {
        if (!taken.Contains(name)) return name;
        for (var n = 2; ; n++)
        {
            var suffix = $" ({n})";
            var candidate = (name.Length + suffix.Length > MaxNameLength ? name[..(MaxNameLength - suffix.Length)].TrimEnd() : name) + suffix;
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}

/// <summary>A playlist request that cannot be done as asked; the message is a sentence for the user.</summary>
public class PlaylistException(string message) : Exception(message);

/// <summary>No such playlist for this user. Another user's playlist is reported the same way, so its existence is not revealed.</summary>
public sealed class PlaylistNotFoundException(long id) : PlaylistException($"There is no playlist {id} in your playlists.")
{
    public long PlaylistId { get; } = id;
}
