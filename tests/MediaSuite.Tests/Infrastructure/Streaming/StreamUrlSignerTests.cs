using System.Security.Cryptography;
using System.Web;
using MediaSuite.Infrastructure.Streaming;

namespace MediaSuite.Tests.Infrastructure.Streaming;

public sealed class StreamUrlSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string User = "0b5f3c1e-7a2d-4c8e-9f10-2a3b4c5d6e7f";
    private readonly StreamUrlSigner _signer = new(RandomNumberGenerator.GetBytes(32), Lifetime);

    private static StreamLinkQuery Query(string url)
    {
        var q = HttpUtility.ParseQueryString(new Uri("http://host" + url).Query);
        return new StreamLinkQuery(q["t"], q["u"], q["e"], q["s"]);
    }

    private StreamLinkQuery Signed(long track = 42, string user = User) => Query(_signer.Sign(track, user, Now).Url);

    [Fact]
    public void Sign_GivesARelativeUrlForTheTrack_ExpiringAfterTheLifetime()
    {
        var signed = _signer.Sign(42, User, Now);

        Assert.StartsWith($"/api/stream/42?t=42&u={User}&e={Now.Add(Lifetime).ToUnixTimeSeconds()}&s=", signed.Url);
        Assert.Equal(Now + Lifetime, signed.ExpiresAt);
        Assert.Equal(StreamLinkCheck.Valid, _signer.Verify(42, Query(signed.Url), Now));
    }

    [Fact]
    public void Sign_UserIdWithUrlCharacters_IsEscapedAndStillVerifies()
    {
        var signed = _signer.Sign(7, "a&b=c d/é", Now);

        Assert.Contains("u=a%26b%3Dc%20d%2F%C3%A9&", signed.Url);
        Assert.Equal(StreamLinkCheck.Valid, _signer.Verify(7, Query(signed.Url), Now));
    }

    [Fact]
    public void Verify_JustBeforeExpiry_IsValid_AndAtExpiryExpired()
    {
        var query = Signed();
        var expiry = Now + Lifetime;

        Assert.Equal(StreamLinkCheck.Valid, _signer.Verify(42, query, expiry - TimeSpan.FromTicks(1)));
        Assert.Equal(StreamLinkCheck.Expired, _signer.Verify(42, query, expiry));
        Assert.Equal(StreamLinkCheck.Expired, _signer.Verify(42, query, expiry.AddDays(1)));
    }

    [Fact]
    public void Sign_AtAFractionOfASecond_NeverOutlivesTheLifetime()
    {
        var now = Now.AddMilliseconds(999);
        var signed = _signer.Sign(42, User, now);

        Assert.InRange(signed.ExpiresAt, now + Lifetime - TimeSpan.FromSeconds(1), now + Lifetime);
        Assert.Equal(StreamLinkCheck.Expired, _signer.Verify(42, Query(signed.Url), now + Lifetime));
    }

    [Fact]
    public void Verify_ChangedTrackParameter_IsForged() =>
        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(43, Signed() with { Track = "43" }, Now));

    [Fact]
    public void Verify_ChangedUser_IsForged() =>
        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(42, Signed() with { User = User.Replace('0', '1') }, Now));

    [Fact]
    public void Verify_LaterExpiry_IsForged()
    {
        var query = Signed();
        var later = (long.Parse(query.Expires!) + 3600).ToString();

        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(42, query with { Expires = later }, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(41)]
    [InlineData(42)]
    public void Verify_SignatureWithOneCharacterChanged_IsForged(int position)
    {
        var query = Signed();
        var chars = query.Signature!.ToCharArray();
        // 'A' and 'Q' differ in a bit that every position of a base64url signature carries.
        chars[position] = chars[position] == 'A' ? 'Q' : 'A';

        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(42, query with { Signature = new string(chars) }, Now));
    }

    [Fact]
    public void Verify_SignatureFromAnotherKey_IsForged()
    {
        var other = new StreamUrlSigner(RandomNumberGenerator.GetBytes(32), Lifetime);

        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(42, Query(other.Sign(42, User, Now).Url), Now));
    }

    [Fact]
    public void Verify_ExpiredAndForged_IsForged_SoExpiryIsOnlyReportedForGenuineLinks()
    {
        var query = Signed();

        Assert.Equal(StreamLinkCheck.Forged, _signer.Verify(42, query with { User = "someone" }, Now + Lifetime + Lifetime));
    }

    [Fact]
    public void Verify_GenuineLinkOnAnotherTracksAddress_IsOtherTrack() =>
        Assert.Equal(StreamLinkCheck.OtherTrack, _signer.Verify(99, Signed(track: 42), Now));

    [Fact]
    public void Verify_NoParameters_IsMissing()
    {
        Assert.Equal(StreamLinkCheck.Missing, _signer.Verify(42, new StreamLinkQuery(null, null, null, null), Now));
        Assert.Equal(StreamLinkCheck.Missing, _signer.Verify(42, new StreamLinkQuery("", "", "", ""), Now));
    }

    public static TheoryData<string, string?> MalformedParameters => new()
    {
        { "t", null }, { "t", "abc" }, { "t", "-42" }, { "t", "+42" }, { "t", " 42" }, { "t", "0" }, { "t", "99999999999999999999" },
        { "u", null }, { "u", "" }, { "u", new string('x', 257) },
        { "e", null }, { "e", "1e9" }, { "e", "-1" }, { "e", "9999999999999" },
        { "s", null }, { "s", "short" }, { "s", "not base64url at all, but 43 characters long" },
    };

    [Theory]
    [MemberData(nameof(MalformedParameters))]
    public void Verify_MissingOrUnreadableParameter_IsMalformed(string parameter, string? value)
    {
        var query = Signed();
        var changed = parameter switch
        {
            "t" => query with { Track = value },
            "u" => query with { User = value },
            "e" => query with { Expires = value },
            _ => query with { Signature = value },
        };

        Assert.Equal(StreamLinkCheck.Malformed, _signer.Verify(42, changed, Now));
    }

    [Fact]
    public void Verify_SignatureInStandardBase64OrPadded_IsMalformed()
    {
        var signature = Signed().Signature!;

        Assert.Equal(StreamLinkCheck.Malformed, _signer.Verify(42, Signed() with { Signature = signature + "=" }, Now));
        Assert.Equal(StreamLinkCheck.Malformed, _signer.Verify(42, Signed() with { Signature = "+" + signature[1..] }, Now));
    }

    [Fact]
    public void Verify_LastCharacterDifferingOnlyInItsSpareBits_IsRejected()
    {
        // 43 base64url characters hold 258 bits for a 256-bit signature: the last character's two
        // low bits are spare, so a different spelling of the same bytes must not pass as genuine.
        var query = Signed();
        var last = query.Signature![^1];
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var sameBytes = alphabet[alphabet.IndexOf(last) ^ 1];

        Assert.Equal(StreamLinkCheck.Malformed, _signer.Verify(42, query with { Signature = query.Signature[..^1] + sameBytes }, Now));
    }

    /// <summary>
    /// A timing measurement cannot see this (the HMAC costs far more than comparing 32 bytes), so
    /// the guard is on the code: a plain SequenceEqual would stop at the first differing byte.
    /// </summary>
    [Fact]
    public void Verify_ComparesSignaturesInConstantTime()
    {
        var source = File.ReadAllText(Path.Combine(SourceRoot(), "Infrastructure", "Streaming", "StreamUrlSigner.cs"));

        Assert.Contains("CryptographicOperations.FixedTimeEquals(signature, Mac(", source);
        Assert.DoesNotContain("SequenceEqual", source);
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaSuite.sln"))) return dir.FullName;
        throw new InvalidOperationException("MediaSuite.sln not found above the test output.");
    }

    [Fact]
    public void Sign_DifferentUsersTracksOrTimes_GiveDifferentSignatures()
    {
        var signatures = new[]
        {
            Signed().Signature, Signed(user: "other").Signature, Signed(track: 43).Signature,
            Query(_signer.Sign(42, User, Now.AddSeconds(1)).Url).Signature,
        };

        Assert.Equal(signatures.Length, signatures.Distinct().Count());
    }
}
