using System.Globalization;

namespace MediaSuite.Benchmarks;

/// <summary>
/// Distinct clips per format, each with its own tags and, where the container allows, a front cover
/// of a realistic size (as in real libraries; readers that parse the picture pay for it), encoded by
/// ffmpeg once and kept in the work folder.
/// </summary>
internal static class ClipFactory
{
    public const int Seconds = 10;

    public static readonly (string Extension, bool Cover, string[] Codec)[] Formats =
    [
        (".mp3", true, ["-c:a", "libmp3lame", "-b:a", "128k", "-id3v2_version", "3", "-metadata:s:v", "comment=Cover (front)"]),
        (".flac", true, ["-c:a", "flac", "-disposition:v", "attached_pic"]),
        (".ogg", false, ["-c:a", "libvorbis", "-q:a", "3"]),
        (".opus", false, ["-c:a", "libopus", "-b:a", "64k"]),
        (".m4a", true, ["-c:a", "aac", "-b:a", "128k", "-disposition:v", "attached_pic"]),
    ];

    public static async Task<IReadOnlyList<string>> EnsureAsync(string folder, int perFormat)
    {
        Directory.CreateDirectory(folder);
        var covers = Path.Combine(folder, "covers");
        Directory.CreateDirectory(covers);
        for (var c = 0; c < 10; c++)
        {
            var cover = Path.Combine(covers, $"cover{c}.jpg");
            if (!File.Exists(cover))
                await Shell.CheckAsync("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", $"testsrc2=size=600x600:rate=1:duration=1,hue=h={c * 36}", "-frames:v", "1", "-q:v", "3", cover);
        }
        var jobs = new List<(string Path, string[] Args)>();
        for (var i = 0; i < perFormat; i++)
        {
            foreach (var (extension, withCover, codec) in Formats)
            {
                var path = Path.Combine(folder, $"clip{i:D4}{extension}");
                if (File.Exists(path)) continue;
                var frequency = (220 + i * 7).ToString(CultureInfo.InvariantCulture);
                string[] input = withCover
                    ? ["-i", Path.Combine(covers, $"cover{i % 10}.jpg"), "-map", "0:a", "-map", "1:v", "-c:v", "copy"]
                    : [];
                string[] args =
                [
                    "-v", "error", "-y", "-f", "lavfi", "-i", $"sine=frequency={frequency}:duration={Seconds}", ..input, ..codec,
                    "-metadata", $"composer=Composer {i % 31}", "-metadata", $"comment=Benchmark clip {i}", "-metadata", $"disc={i % 2 + 1}/2",
                    "-metadata", $"MusicBrainz Album Id=00000000-0000-4000-8000-{i % 113:D12}", "-metadata", $"REPLAYGAIN_TRACK_GAIN=-{i % 9}.50 dB",
                    "-metadata", $"title=Clip {i}", "-metadata", $"artist=Artist {i % 97}", "-metadata", $"album_artist=Artist {i % 97}",
                    "-metadata", $"album=Album {i % 113}", "-metadata", $"track={i % 12 + 1}/12", "-metadata", $"date={1970 + i % 50}",
                    "-metadata", $"genre={(i % 3 == 0 ? "Rock" : i % 3 == 1 ? "Jazz" : "Folk")}", path,
                ];
                jobs.Add((path, args));
            }
        }
        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (job, _) => await Shell.CheckAsync("ffmpeg", job.Args));
        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
    }
}
