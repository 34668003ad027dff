using System.Globalization;

namespace MediaSuite.Benchmarks;

/// <summary>Distinct short clips per format, each with its own tags, encoded by ffmpeg once and kept in the work folder.</summary>
internal static class ClipFactory
{
    public static readonly (string Extension, string[] Codec)[] Formats =
    [
        (".mp3", ["-c:a", "libmp3lame", "-b:a", "128k", "-id3v2_version", "3"]),
        (".flac", ["-c:a", "flac"]),
        (".ogg", ["-c:a", "libvorbis", "-q:a", "3"]),
        (".opus", ["-c:a", "libopus", "-b:a", "64k"]),
        (".m4a", ["-c:a", "aac", "-b:a", "128k"]),
    ];

    public static async Task<IReadOnlyList<string>> EnsureAsync(string folder, int perFormat)
    {
        Directory.CreateDirectory(folder);
        var jobs = new List<(string Path, string[] Args)>();
        for (var i = 0; i < perFormat; i++)
        {
            foreach (var (extension, codec) in Formats)
            {
                var path = Path.Combine(folder, $"clip{i:D4}{extension}");
                if (File.Exists(path)) continue;
                var frequency = (220 + i * 7).ToString(CultureInfo.InvariantCulture);
                string[] args =
                [
                    "-v", "error", "-y", "-f", "lavfi", "-i", $"sine=frequency={frequency}:duration=2", ..codec,
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
