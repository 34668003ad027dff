using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Tags;

namespace MediaSuite.Tests.Infrastructure.Tags;

/// <summary>Runs a reader over a file or bytes the way the scanner will: one stream, default options unless said.</summary>
public static class TagFiles
{
    public static AudioMetadata Read(this IAudioTagReader reader, string path, TagReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return reader.Read(stream, options ?? TagReadOptions.Scan);
    }

    public static AudioMetadata Read(this IAudioTagReader reader, byte[] bytes, TagReadOptions? options = null) =>
        reader.Read(new MemoryStream(bytes, writable: false), options ?? TagReadOptions.Scan);

    /// <summary>Reads through a counting stream and returns how many bytes came off the file.</summary>
    public static long BytesTouched(this IAudioTagReader reader, string path, TagReadOptions? options = null)
    {
        using var stream = CountingStream.Open(path, out var counter);
        reader.Read(stream, options ?? TagReadOptions.Scan);
        return counter.BytesRead;
    }

    public static void AssertStandardTags(AudioMetadata metadata)
    {
        Assert.Equal("Título de prueba", metadata.Title);
        Assert.Equal(["First Artist"], metadata.Artists);
        Assert.Equal(["The Album Artist"], metadata.AlbumArtists);
        Assert.Equal("An Album", metadata.Album);
        Assert.Equal(3, metadata.TrackNumber);
        Assert.Equal(12, metadata.TrackTotal);
        Assert.Equal(1, metadata.DiscNumber);
        Assert.Equal(2, metadata.DiscTotal);
        Assert.Equal("2019-05-17", metadata.Date);
        Assert.Equal(2019, metadata.Year);
        Assert.Equal(["Rock"], metadata.Genres);
        Assert.Equal(["A Composer"], metadata.Composers);
    }

    public static void AssertDuration(long expectedMs, AudioMetadata metadata, long toleranceMs = 30)
    {
        Assert.NotNull(metadata.DurationMs);
        Assert.InRange(metadata.DurationMs.Value, expectedMs - toleranceMs, expectedMs + toleranceMs);
    }
}
