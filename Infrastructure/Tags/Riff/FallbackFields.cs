namespace MediaSuite.Infrastructure.Tags.Riff;

/// <summary>
/// Container text (RIFF INFO, AIFF NAME/AUTH/ANNO) ranks below an ID3 chunk in the same file: it
/// fills only the fields ID3 left empty, so one field's values never mix the two sources.
/// </summary>
internal static class FallbackFields
{
    public static void AddWhereMissing(TagBag bag, IReadOnlyList<(string Key, string Value)> fields)
    {
        var taken = fields.Select(f => f.Key).Where(bag.Has).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in fields)
            if (!taken.Contains(key)) bag.Add(key, value);
    }
}
