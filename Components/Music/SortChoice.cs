using Microsoft.AspNetCore.Components;

namespace MediaSuite.Components.Music;

/// <summary>One way to order a list, as shown ("Recently added") and as kept in the address (?sort=added&amp;order=desc).</summary>
public sealed record SortChoice<TSort>(TSort Value, string Slug, string Text, bool DescendingFirst) where TSort : struct, Enum
{
    /// <summary>The order the query string asks for; anything unknown falls back to the first choice in its usual direction.</summary>
    public static (TSort Sort, bool Descending) Parse(IReadOnlyList<SortChoice<TSort>> choices, string? sort, string? order)
    {
        var choice = choices.FirstOrDefault(c => string.Equals(c.Slug, sort, StringComparison.OrdinalIgnoreCase)) ?? choices[0];
        var descending = order?.ToLowerInvariant() switch
        {
            "desc" => true,
            "asc" => false,
            _ => choice.DescendingFirst,
        };
        return (choice.Value, descending);
    }

    /// <summary>The current address with this order in its query string; the usual direction of a sort is left out of it.</summary>
    public static string Uri(NavigationManager navigation, IReadOnlyList<SortChoice<TSort>> choices, TSort sort, bool descending)
    {
        var choice = choices.First(c => EqualityComparer<TSort>.Default.Equals(c.Value, sort));
        return navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["sort"] = choice.Slug,
            ["order"] = descending == choice.DescendingFirst ? null : descending ? "desc" : "asc",
        });
    }
}
