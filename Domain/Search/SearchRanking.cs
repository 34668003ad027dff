using System.Text;
using MediaSuite.Domain.Music;

namespace MediaSuite.Domain.Search;

/// <summary>How a result's leading name (an artist's name, an album's or track's title) relates to the query.</summary>
public enum NameMatch
{
    /// <summary>The name is what was typed ("beyonce" for "Beyoncé").</summary>
    Exact,

    /// <summary>The name starts with what was typed ("northern lig" for "Northern Lights").</summary>
    Leading,

    /// <summary>The words are found elsewhere (later in the name, or in another field).</summary>
    Elsewhere,
}

/// <summary>
/// The final ordering of a group: exact names first, then names that start with the query, then the
/// rest, each tier in the order the index ranked it (bm25). Words compare the way the index folds them:
/// case, accents and punctuation do not count.
/// </summary>
public static class SearchRanking
{
    public static NameMatch Classify(string name, SearchQuery query)
    {
        var typed = Words(query.Text);
        var named = Words(name);
        if (typed.Count == 0 || named.Count < typed.Count) return NameMatch.Elsewhere;
        for (var i = 0; i < typed.Count - 1; i++)
            if (named[i] != typed[i]) return NameMatch.Elsewhere;
        var last = typed.Count - 1;
        if (named[last] == typed[last]) return named.Count == typed.Count ? NameMatch.Exact : NameMatch.Leading;
        return named[last].StartsWith(typed[last], StringComparison.Ordinal) ? NameMatch.Leading : NameMatch.Elsewhere;
    }

    /// <summary>Stable: items in the same tier keep their order.</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> ranked, Func<T, string> name, SearchQuery query) =>
        ranked.Select((item, index) => (item, index, tier: Classify(name(item), query)))
            .OrderBy(x => x.tier).ThenBy(x => x.index)
            .Select(x => x.item);

    /// <summary>Folded runs of letters and digits: "AC/DC — Live!" gives ["ac", "dc", "live"].</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in MusicGrouping.Fold(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }
}
