using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaSuite.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Streaming;

public enum StreamLinkCheck
{
    Valid,

    /// <summary>No link parameters at all.</summary>
    Missing,

    /// <summary>Some parameters absent, or not numbers / base64url of the right length.</summary>
    Malformed,

    /// <summary>The signature does not match: changed, made up, or made with another key.</summary>
    Forged,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,

    /// <summary>Genuine and current, but issued for a different track.</summary>
    OtherTrack,
}

/// <summary>The query of a stream link as it arrived; any part may be missing.</summary>
public sealed record StreamLinkQuery(string? Track, string? User, string? Expires, string? Signature);

public sealed record SignedStreamUrl(string Url, DateTimeOffset ExpiresAt);

/// <summary>
/// Short-lived stream links: <c>/api/stream/{id}?t={id}&amp;u={user}&amp;e={unix expiry}&amp;s={signature}</c>,
/// the signature an HMAC-SHA256 over track, user and expiry. They work without the sign-in cookie,
/// which audio elements and cast devices may not send. The track is repeated in <c>t</c> so that a
/// genuine link used on another track's address is told apart from a forged one.
/// </summary>
public sealed class StreamUrlSigner
{
    private const int SignatureLength = 32;
    private const int MaxUserIdLength = 256;
    private readonly Lazy<byte[]> _key;
    private readonly Func<TimeSpan> _lifetime;

    public StreamUrlSigner(IOptions<MediaSuiteOptions> media, IOptions<StreamingOptions> streaming)
    {
        _key = new Lazy<byte[]>(() => StreamKeyFile.LoadOrCreate(StreamKeyFile.PathIn(media.Value.ResolvedDataDirectory)));
        _lifetime = () => streaming.Value.LinkLifetime;
    }

    internal StreamUrlSigner(byte[] key, TimeSpan lifetime)
    {
        _key = new Lazy<byte[]>(key);
        _lifetime = () => lifetime;
    }

    public SignedStreamUrl Sign(long trackId, string userId, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trackId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var expires = (now + _lifetime()).ToUnixTimeSeconds();
        var signature = Base64Url.EncodeToString(Mac(trackId, userId, expires));
        var id = trackId.ToString(CultureInfo.InvariantCulture);
        var url = $"/api/stream/{id}?t={id}&u={Uri.EscapeDataString(userId)}&e={expires.ToString(CultureInfo.InvariantCulture)}&s={signature}";
        return new SignedStreamUrl(url, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    public StreamLinkCheck Verify(long trackId, StreamLinkQuery query, DateTimeOffset now)
    {
        if (IsBlank(query.Track) && IsBlank(query.User) && IsBlank(query.Expires) && IsBlank(query.Signature)) return StreamLinkCheck.Missing;
        if (!TryParseNumber(query.Track, out var signedTrack) || signedTrack <= 0
            || !TryParseNumber(query.Expires, out var expires) || expires > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || string.IsNullOrEmpty(query.User) || query.User.Length > MaxUserIdLength
            || !TryDecodeSignature(query.Signature, out var signature))
            return StreamLinkCheck.Malformed;

        // Compared in constant time: how long a mismatch takes says nothing about how much of it matched.
        if (!CryptographicOperations.FixedTimeEquals(signature, Mac(signedTrack, query.User, expires))) return StreamLinkCheck.Forged;
        if (now >= DateTimeOffset.FromUnixTimeSeconds(expires)) return StreamLinkCheck.Expired;
        return signedTrack == trackId ? StreamLinkCheck.Valid : StreamLinkCheck.OtherTrack;
    }

    /// <summary>The user id last, so no user id can make two different (track, expiry, user) read the same.</summary>
    private byte[] Mac(long trackId, string userId, long expires) =>
        HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"mediasuite-stream-v1\n{trackId}\n{expires}\n{userId}")));

    private static bool IsBlank(string? value) => string.IsNullOrEmpty(value);

    /// <summary>Plain ASCII digits only: no sign, spaces or exponent that another parser might read differently.</summary>
    private static bool TryParseNumber(string? text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// Only the canonical spelling: 43 characters carry two spare bits, and a link whose last
    /// character differs only in those must not verify as well. (Base64Url's "Try" decoder throws
    /// on bad characters rather than answering false.)
    /// </summary>
    private static bool TryDecodeSignature(string? text, out byte[] signature)
    {
        signature = new byte[SignatureLength];
        if (text is not { Length: 43 } || !Base64Url.IsValid(text, out var length) || length != SignatureLength) return false;
        try
        {
            return Base64Url.DecodeFromChars(text, signature) == SignatureLength && Base64Url.EncodeToString(signature) == text;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
