using System.Text.Json;
using System.Text.Json.Serialization;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;

namespace MediaSuite.App.CommandLine;

/// <summary>`probe FILE...`: one JSON object per file, with the model's field names; exit code 1 when any file could not be read.</summary>
internal static class ProbeVerb
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Probed(string Path, string? Kind, AudioMetadata? Audio, VideoMetadata? Video, PhotoMetadata? Photo, string? Problem);

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: MediaSuite probe FILE...");
            return 2;
        }
        var reader = app.Services.GetRequiredService<IMediaMetadataReader>();
        var results = new List<Probed>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path)) { results.Add(new Probed(path, null, null, null, null, "No such file.")); continue; }
            if (MediaKinds.Classify(path, LibraryKind.Mixed) is not { } kind)
            {
                results.Add(new Probed(path, null, null, null, null, "Not a media file MediaSuite reads (unknown extension)."));
                continue;
            }
            var read = await reader.ReadAsync(path, kind, CancellationToken.None);
            results.Add(new Probed(path, kind.ToString().ToLowerInvariant(), read.Audio is null ? null : read.Audio with { Picture = read.Audio.Picture is { } p ? p with { Data = null } : null },
                read.Video, read.Photo, read.Problem));
        }
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(results.Count == 1 ? (object)results[0] : results, Json));
        return results.Any(r => r.Problem is not null) ? 1 : 0;
    }
}
