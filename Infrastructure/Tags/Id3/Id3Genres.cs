using System.Globalization;

namespace MediaSuite.Infrastructure.Tags.Id3;

/// <summary>
/// Genre names from the ID3v1 table (with the Winamp extensions) and the ways ID3v2 refers to it:
/// "17", "(17)", "(17)Rock", "(4)Eurodisco", "(RX)", "CR", "((literal".
/// </summary>
public static class Id3Genres
{
    public static string? Name(int index) => index >= 0 && index < Table.Length ? Table[index] : null;

    /// <summary>The genres one TCON value stands for, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Resolve(string value)
    {
        var genres = new List<string>();
        var text = value.Trim();
        // 2.3 style: leading "(n)" references, then an optional refinement; "((" escapes a literal "(".
        while (text.StartsWith('(') && !text.StartsWith("((", StringComparison.Ordinal))
        {
            var close = text.IndexOf(')');
            if (close < 0) break;
            AddReference(genres, text[1..close]);
            text = text[(close + 1)..].TrimStart();
        }
        if (text.StartsWith("((", StringComparison.Ordinal)) text = text[1..];
        if (text.Length > 0) AddReference(genres, text);
        return genres;
    }

    private static void AddReference(List<string> genres, string reference)
    {
        var name = reference switch
        {
            "RX" => "Remix",
            "CR" => "Cover",
            _ when int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var index) => Name(index),
            _ => reference,
        };
        if (!string.IsNullOrWhiteSpace(name) && !genres.Contains(name, StringComparer.Ordinal)) genres.Add(name);
    }

    private static readonly string[] Table =
    [
        "Blues", "Classic Rock", "Country", "Dance", "Disco", "Funk", "Grunge", "Hip-Hop", "Jazz", "Metal",
        "New Age", "Oldies", "Other", "Pop", "R&B", "Rap", "Reggae", "Rock", "Techno", "Industrial",
        "Alternative", "Ska", "Death Metal", "Pranks", "Soundtrack", "Euro-Techno", "Ambient", "Trip-Hop", "Vocal", "Jazz+Funk",
        "Fusion", "Trance", "Classical", "Instrumental", "Acid", "House", "Game", "Sound Clip", "Gospel", "Noise",
        "AlternRock", "Bass", "Soul", "Punk", "Space", "Meditative", "Instrumental Pop", "Instrumental Rock", "Ethnic", "Gothic",
        "Darkwave", "Techno-Industrial", "Electronic", "Pop-Folk", "Eurodance", "Dream", "Southern Rock", "Comedy", "Cult", "Gangsta",
        "Top 40", "Christian Rap", "Pop/Funk", "Jungle", "Native American", "Cabaret", "New Wave", "Psychadelic", "Rave", "Showtunes",
        "Trailer", "Lo-Fi", "Tribal", "Acid Punk", "Acid Jazz", "Polka", "Retro", "Musical", "Rock & Roll", "Hard Rock",
        "Folk", "Folk-Rock", "National Folk", "Swing", "Fast Fusion", "Bebob", "Latin", "Revival", "Celtic", "Bluegrass",
        "Avantgarde", "Gothic Rock", "Progressive Rock", "Psychedelic Rock", "Symphonic Rock", "Slow Rock", "Big Band", "Chorus", "Easy Listening", "Acoustic",
        "Humour", "Speech", "Chanson", "Opera", "Chamber Music", "Sonata", "Symphony", "Booty Bass", "Primus", "Porn Groove",
        "Satire", "Slow Jam", "Club", "Tango", "Samba", "Folklore", "Ballad", "Power Ballad", "Rhythmic Soul", "Freestyle",
        "Duet", "Punk Rock", "Drum Solo", "A Cappella", "Euro-House", "Dance Hall", "Goa", "Drum & Bass", "Club-House", "Hardcore",
        "Terror", "Indie", "BritPop", "Negerpunk", "Polsk Punk", "Beat", "Christian Gangsta Rap", "Heavy Metal", "Black Metal", "Crossover",
        "Contemporary Christian", "Christian Rock", "Merengue", "Salsa", "Thrash Metal", "Anime", "JPop", "Synthpop", "Abstract", "Art Rock",
        "Baroque", "Bhangra", "Big Beat", "Breakbeat", "Chillout", "Downtempo", "Dub", "EBM", "Eclectic", "Electro",
        "Electroclash", "Emo", "Experimental", "Garage", "Global", "IDM", "Illbient", "Industro-Goth", "Jam Band", "Krautrock",
        "Leftfield", "Lounge", "Math Rock", "New Romantic", "Nu-Breakz", "Post-Punk", "Post-Rock", "Psytrance", "Shoegaze", "Space Rock",
        "Trop Rock", "World Music", "Neoclassical", "Audiobook", "Audio Theatre", "Neue Deutsche Welle", "Podcast", "Indie Rock", "G-Funk", "Dubstep",
        "Garage Rock", "Psybient",
    ];
}
