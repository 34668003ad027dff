using System.Security.Cryptography;
using System.Text;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>
/// Where a cover comes from. <see cref="Hash"/> identifies the source's current content: it is the
/// URL version and the prefix of every cached variant, so a changed cover gets new URLs and new
/// files instead of stale ones. <see cref="Name"/> is what a placeholder shows if the source fails.
/// </summary>
public abstract record CoverSource(string Hash, string Name);

/// <summary>An image file beside the tracks; hashed by path, size and modification time.</summary>
public sealed record CoverImageFile(string Path, string Hash, string Name) : CoverSource(Hash, Name);

/// <summary>The picture embedded in an audio file; hashed by the file's content fingerprint.</summary>
public sealed record EmbeddedCover(string TrackPath, string Hash, string Name) : CoverSource(Hash, Name);

/// <summary>No art: initials on a colour, drawn per request.</summary>
public sealed record PlaceholderCover(string Hash, string Name) : CoverSource(Hash, Name);

public static class CoverHash
{
    public const int Length = 12;

    /// <summary>The first 12 hex digits of SHA-256 over the parts: short enough for a URL, far from colliding in one library.</summary>
    public static string Of(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..Length];
}
