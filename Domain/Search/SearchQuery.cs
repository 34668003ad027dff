using System.Text;

namespace MediaSuite.Domain.Search;

/// <summary>
/// What someone typed into the search box, as an SQLite FTS5 MATCH expression that can only ever be a
/// search. Every word becomes a quoted FTS5 string, so AND, OR, NOT, NEAR, *, -, +, ^, :, quotes and
/// parentheses are plain text (FTS5's tokenizer then drops the punctuation); the last word matches as a
/// prefix so results follow the typing. Words without a letter or digit are dropped, since they could
/// only ever match nothing.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longer input is cut here: a search box is for a few words, and a pasted page must not cost a pasted page.</summary>
    public const int MaxLength = 200;

    /// <summary>Words past this many are ignored.</summary>
    public const int MaxWords = 8;

    /// <summary>
    /// A last word shorter than this matches whole words only. The index keeps prefixes of two and three
    /// characters; a one-letter prefix would make SQLite gather every word starting with that letter
    /// (a third of a large library). Names that start with the letter are still found: the search
    /// looks up leading names separately (Infrastructure/Search).
    /// </summary>
    public const int MinPrefixLength = 2;

    private SearchQuery(IReadOnlyList<string> words)
    {
        Words = words;
        Match = string.Join(' ', words.Select(Quote)) + (words[^1].EnumerateRunes().Count(Rune.IsLetterOrDigit) >= MinPrefixLength ? "*" : "");
        Text = string.Join(' ', words);
    }

    /// <summary>The words kept, as typed.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The kept words joined by single spaces: the query as shown back to the user and put in links.</summary>
    public string Text { get; }

    /// <summary>Every word must appear somewhere in a row, the last one as a prefix: <c>"northern" "lig"*</c>.</summary>
    public string Match { get; }

    /// <summary>Null when there is nothing to search for: no text, only spaces, or only punctuation.</summary>
    public static SearchQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Control characters separate words: a NUL would end the text early inside SQLite, inside an open quote.
        var words = new string(Cut(text).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasLetterOrDigit)
            .Take(MaxWords)
            .ToList();
        return words.Count == 0 ? null : new SearchQuery(words);
    }

    /// <summary>An FTS5 string: double quotes around, a double quote inside written twice.</summary>
    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool HasLetterOrDigit(string word) => word.EnumerateRunes().Any(Rune.IsLetterOrDigit);

    /// <summary>The first <see cref="MaxLength"/> characters, never splitting a surrogate pair.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= MaxLength) return text;
        var end = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..end];
    }
}
