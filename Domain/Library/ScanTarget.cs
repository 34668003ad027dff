using System.Globalization;

namespace MediaSuite.Domain.Library;

/// <summary>What one scan covers: a library, or one folder (and its subfolders) inside it. Written "5" or "5:Artist/Album".</summary>
public sealed record ScanTarget(int LibraryId, string SubPath = "")
{
    public override string ToString() => SubPath.Length == 0 ? LibraryId.ToString(CultureInfo.InvariantCulture) : $"{LibraryId}:{SubPath}";

    public static ScanTarget? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(':', 2);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        var sub = parts.Length > 1 ? parts[1].Trim('/') : "";
        return sub.Split('/').Any(s => s is ".." or ".") ? null : new ScanTarget(id, sub);
    }

    /// <summary>Whether a folder (relative path) is inside this target.</summary>
    public bool Covers(string folder) =>
        SubPath.Length == 0 || folder == SubPath || folder.StartsWith(SubPath + "/", StringComparison.Ordinal);
}
