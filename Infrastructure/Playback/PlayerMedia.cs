using MediaSuite.Domain.Artwork;
using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Artwork;
using MediaSuite.Infrastructure.Music;
using MediaSuite.Infrastructure.Streaming;

namespace MediaSuite.Infrastructure.Playback;

/// <summary>One image of a track's cover for the Media Session (lock screen, media keys overlay).</summary>
public sealed record ArtworkImage(string Src, string Sizes);

/// <summary>The playing track as the bar and the Media Session show it; cover URLs are versioned, so browsers cache them for good.</summary>
public sealed record NowPlaying(TrackSummary Summary, string CoverUrl, string CoverSrcSet, IReadOnlyList<ArtworkImage> Artwork);

/// <summary>A signed stream link for the audio element; <see cref="TtlMs"/> says how long it works, so no clock is compared across machines.</summary>
public sealed record StreamLink(string Url, long TtlMs, bool Seekable);

/// <summary>What the player needs about a track beyond the queue: titles, cover art and a short-lived stream link.</summary>
public sealed class PlayerMedia(MusicQueries music, CoverArtService covers, TrackSources sources, StreamUrlSigner signer, TimeProvider clock)
{
    /// <summary>The bar's cover (56 CSS px, sharp at 2×) and the phone's full-screen view.</summary>
    private static readonly int[] CoverSizes = [112, 512];

    /// <summary>Sizes offered to the Media Session; each platform picks the one that suits its lock screen.</summary>
    private static readonly int[] ArtworkSizes = [96, 256, 512];

    /// <summary>Null when there is no such track (deleted since it was queued).</summary>
    public async Task<NowPlaying?> DescribeAsync(long trackId, CancellationToken cancellationToken = default)
    {
        var summaries = await music.TrackSummariesAsync([trackId], cancellationToken);
        if (!summaries.TryGetValue(trackId, out var summary)) return null;
        var source = await covers.FindAsync(CoverKind.Track, trackId, cancellationToken);
        // One lookup of the cover's version, then every size from it: a square crop, like every music app's art.
        string Url(int size) => source is null ? summary.CoverUrl : CoverUrls.Versioned(CoverKind.Track, trackId, source.Hash, size, size, CoverMode.Crop);
        return new NowPlaying(
            summary,
            Url(CoverSizes[0]),
            string.Join(", ", CoverSizes.Select(size => $"{Url(size)} {size}w")),
            [.. ArtworkSizes.Select(size => new ArtworkImage(Url(size), $"{size}x{size}"))]);
    }

    /// <summary>A fresh signed link, or the sentence that says why the track cannot be played now.</summary>
    public async Task<(StreamLink? Link, string? Problem)> LinkAsync(long trackId, string userId, CancellationToken cancellationToken = default)
    {
        if (await sources.FindAsync(trackId, cancellationToken) is not { } source) return (null, "The track is no longer in the library.");
        if (source.Unavailable is { } reason) return (null, reason);
        var now = clock.GetUtcNow();
        var signed = signer.Sign(trackId, userId, now);
        // A transcoded stream has no byte ranges, so the browser cannot seek in it.
        var seekable = BrowserAudio.Plan(source.FullPath, source.Codec).Delivery == Delivery.Direct;
        return (new StreamLink(signed.Url, (long)(signed.ExpiresAt - now).TotalMilliseconds, seekable), null);
    }
}
