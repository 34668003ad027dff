using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;

namespace MediaSuite.Benchmarks;

/// <summary>
/// A music catalogue as the scanner would write it, without files: album folders of tracks with
/// realistic names (common song words, repeated the way real titles repeat them; artist names with and
/// without accents), deterministic for a seed. Written through the real <see cref="CatalogWriter"/>, so
/// the rows and the search index are exactly what a scan leaves.
/// </summary>
internal static class SyntheticCatalog
{
    private static readonly string[] Words =
    [
        "love", "night", "heart", "light", "day", "time", "life", "world", "dream", "home", "fire", "rain", "blue", "sun", "moon", "star",
        "girl", "boy", "baby", "song", "dance", "summer", "winter", "road", "river", "city", "gold", "black", "red", "white", "green", "wild",
        "lonely", "forever", "tonight", "yesterday", "tomorrow", "morning", "midnight", "shadow", "ocean", "sky", "wind", "storm", "thunder",
        "angel", "devil", "heaven", "paradise", "highway", "train", "memory", "story", "secret", "promise", "stranger", "lover", "friend",
        "northern", "southern", "eastern", "western", "lights", "harbour", "island", "mountain", "valley", "desert", "garden", "window",
        "mirror", "silver", "velvet", "crystal", "electric", "magic", "golden", "broken", "falling", "running", "burning", "shining", "sweet",
        "little", "sister", "brother", "mother", "father", "king", "queen", "prince", "crown", "kingdom", "empire", "rebel", "revolution",
        "freedom", "echo", "silence", "voice", "whisper", "thunderbird", "satellite", "rocket", "planet", "galaxy", "universe", "cosmic",
        "neon", "disco", "radio", "television", "machine", "engine", "motor", "circuit", "signal", "wave", "tide", "shore", "sea", "lake",
        "snow", "ice", "frost", "spring", "autumn", "september", "october", "december", "sunday", "monday", "friday", "saturday", "holiday",
        "paris", "london", "berlin", "tokyo", "memphis", "california", "texas", "avenue", "street", "boulevard", "bridge", "tower", "castle",
        "waltz", "blues", "rhapsody", "symphony", "serenade", "lullaby", "anthem", "ballad", "hymn", "prelude", "nocturne", "overture",
        "après", "café", "señorita", "déjà", "naïve", "über", "fiancée", "crème", "piñata", "façade",
    ];

    private static readonly string[] Given =
    [
        "Anna", "Marcus", "Beyoncé", "Zoë", "José", "Björk", "Chloé", "Renée", "Søren", "Ana", "Luis", "Maya", "Noah", "Elena", "Ivan", "Sofia",
        "Mateo", "Léa", "Hannah", "Jonas", "Amélie", "Oscar", "Nina", "Felix", "Iris", "Hugo", "Clara", "Theo", "Alba", "Kai",
    ];

    private static readonly string[] Family =
    [
        "Kovač", "Smith", "Jones", "García", "Müller", "Dubois", "Rossi", "Novak", "Andersson", "Nguyen", "Silva", "Moreau", "Fischer", "Król",
        "Brown", "Taylor", "Walker", "Martin", "Hansen", "Costa", "Ibáñez", "O'Brien", "Lindqvist", "Petrov", "Haddad", "Kim", "Okafor",
    ];

    private static readonly string[] Genres = ["Rock", "Pop", "Jazz", "Electronic", "Folk", "Classical", "Hip-Hop", "Ambient", "Blues", "Soul"];

    /// <summary>Album folders of <paramref name="tracksPerAlbum"/> tracks; albums by one artist come in runs of <paramref name="albumsPerArtist"/>.</summary>
    public static IEnumerable<FolderChange> Folders(int tracks, int tracksPerAlbum, int albumsPerArtist, int seed)
    {
        var random = new Random(seed);
        var albums = (tracks + tracksPerAlbum - 1) / tracksPerAlbum;
        var artist = "";
        var made = 0;
        for (var a = 0; a < albums; a++)
        {
            if (a % albumsPerArtist == 0) artist = ArtistName(random, a / albumsPerArtist);
            var album = Title(random, 1, 3);
            var year = 1960 + random.Next(65);
            var genre = Genres[random.Next(Genres.Length)];
            var folder = $"{artist}/{album} ({a})";
            var writes = new List<FileWrite>();
            for (var t = 0; t < tracksPerAlbum && made < tracks; t++, made++)
            {
                var guest = random.Next(8) == 0 ? ArtistName(random, random.Next(10_000)) : null;
                var audio = new AudioMetadata
                {
                    Title = Title(random, 1, 4), Artists = guest is null ? [artist] : [artist, guest], AlbumArtists = [artist], Album = album,
                    TrackNumber = t + 1, Year = year, Date = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Genres = [genre],
                    DurationMs = 120_000 + random.Next(240_000), Bitrate = 320, SampleRate = 44_100, Channels = 2, Codec = "mp3",
                };
                var name = $"{t + 1:D2}.mp3";
                writes.Add(new FileWrite($"{folder}/{name}", name, MediaKind.Audio, 4_000_000, 638_000_000_000_000_000 + made, $"fp{made}",
                    new MediaReadResult(Audio: audio), ExistingId: null, SyncedLyrics: null));
            }
            yield return new FolderChange(folder, $"d{a}", writes, [], [], [], null, null);
        }
    }

    private static string ArtistName(Random random, int index) => (index % 3) switch
    {
        0 => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}",
        1 => $"The {Capital(Word(random))} {Capital(Word(random))}s",
        _ => $"{Capital(Word(random))} {Capital(Word(random))}",
    };

    private static string Title(Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Capital(Word(random))));

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ra", "ten", "vo", "shi", "dor", "el", "an", "bri", "gu", "sol", "mar", "ny", "que", "tra", "zen", "fe", "li",
        "ro", "sa", "ve", "dan", "ko", "lu", "ber", "ti", "no", "ha",
    ];

    /// <summary>
    /// Half from the common words, skewed towards the first ones as real titles lean on a few ("love",
    /// "night"); half from a long tail of made-up words (27,000 of them), as real libraries have tens of
    /// thousands of distinct words. "love" ends up in about one track in twenty.
    /// </summary>
    private static string Word(Random random)
    {
        if (random.Next(2) == 0) return Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 1.5))];
        return Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
