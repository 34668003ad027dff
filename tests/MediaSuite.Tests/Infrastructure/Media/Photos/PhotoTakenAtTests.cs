using MediaSuite.Infrastructure.Media.Photos;

namespace MediaSuite.Tests.Infrastructure.Media.Photos;

public sealed class PhotoTakenAtTests
{
    private static readonly DateTime Local = new(2023, 7, 14, 18, 30, 5);

    [Theory]
    [InlineData("2023:07:14 18:30:05", "2023-07-14T18:30:05")]
    [InlineData("2023-07-14 18:30:05", "2023-07-14T18:30:05")]
    [InlineData("2023:07:14 18:30:05.25", "2023-07-14T18:30:05.25")]
    [InlineData("2023-07-14T18:30:05", "2023-07-14T18:30:05")]
    [InlineData("2023:07:14 18:30", "2023-07-14T18:30:00")]
    public void ParseExifDate_WrittenForms(string text, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PhotoTakenAt.ParseExifDate(text));

    [Theory]
    [InlineData("0000:00:00 00:00:00")]
    [InlineData("    :  :     :  :  ")]
    [InlineData("2023:13:01 00:00:00")]
    [InlineData("")]
    public void ParseExifDate_BlankOrImpossible_IsNull(string text) => Assert.Null(PhotoTakenAt.ParseExifDate(text));

    [Theory]
    [InlineData("+02:00", 120)]
    [InlineData("-05:00", -300)]
    [InlineData("+0530", 330)]
    [InlineData("+05:45", 345)]
    [InlineData("Z", 0)]
    public void ParseOffset_Valid(string text, int minutes) => Assert.Equal(TimeSpan.FromMinutes(minutes), PhotoTakenAt.ParseOffset(text));

    [Theory]
    [InlineData("   :  ")]
    [InlineData("+15:00")]
    [InlineData("+02:17")]
    [InlineData("2")]
    public void ParseOffset_Invalid_IsNull(string text) => Assert.Null(PhotoTakenAt.ParseOffset(text));

    [Theory]
    [InlineData("123", 1_230_000)]
    [InlineData("5", 5_000_000)]
    [InlineData("12345678", 1_234_567)]
    public void Subseconds_DigitsAreAFraction(string digits, long ticks) => Assert.Equal(TimeSpan.FromTicks(ticks), PhotoTakenAt.Subseconds(digits));

    [Theory]
    [InlineData("2023-07-14T18:30:05+02:00", "2023-07-14T18:30:05", 120)]
    [InlineData("2023-07-14T18:30:05.5Z", "2023-07-14T18:30:05.5", 0)]
    [InlineData("2023-07-14T18:30:05", "2023-07-14T18:30:05", null)]
    [InlineData("2023-07-14T18:30", "2023-07-14T18:30:00", null)]
    [InlineData("2023-07-14", "2023-07-14T00:00:00", null)]
    [InlineData("2023-07-14T18:30:05-0700", "2023-07-14T18:30:05", -420)]
    public void ParseXmpDate_Iso8601Forms(string text, string local, int? offsetMinutes)
    {
        var parsed = PhotoTakenAt.ParseXmpDate(text);

        Assert.Equal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), parsed!.Value.Local);
        Assert.Equal(offsetMinutes is { } m ? TimeSpan.FromMinutes(m) : null, parsed.Value.Offset);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("July 2023")]
    [InlineData("2023-07-14T25:00:00")]
    public void ParseXmpDate_TooVagueOrInvalid_IsNull(string text) => Assert.Null(PhotoTakenAt.ParseXmpDate(text));

    [Fact]
    public void Utc_KnownOffset_SubtractsIt() =>
        Assert.Equal(new DateTimeOffset(2023, 7, 14, 16, 30, 5, TimeSpan.Zero), PhotoTakenAt.Utc(Local, TimeSpan.FromHours(2), gpsUtc: null));

    [Theory]
    [InlineData("2023-07-14T16:29:58", "2023-07-14T16:30:05")]  // fix 7 s older than the shutter
    [InlineData("2023-07-14T16:36:00", "2023-07-14T16:30:05")]  // 6 min: still +2 h
    [InlineData("2023-07-14T13:00:05", "2023-07-14T13:00:05")]  // India, +5:30
    [InlineData("2023-07-15T01:30:05", "2023-07-15T01:30:05")]  // the Americas, -7 h, across midnight
    public void Utc_NoOffsetButGps_OffsetRoundedToQuarterHours(string gps, string expectedUtc)
    {
        var utc = PhotoTakenAt.Utc(Local, null, DateTime.Parse(gps, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc + "Z", System.Globalization.CultureInfo.InvariantCulture), utc);
    }

    [Fact]
    public void Utc_CameraClockDaysOff_TrustsGpsTime()
    {
        var gps = new DateTime(2023, 7, 20, 10, 0, 0);

        Assert.Equal(new DateTimeOffset(gps, TimeSpan.Zero), PhotoTakenAt.Utc(Local, null, gps));
    }

    [Fact]
    public void Utc_NothingToGoOn_IsNull() => Assert.Null(PhotoTakenAt.Utc(Local, null, null));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(90, 8)]
    [InlineData(180, 3)]
    [InlineData(270, 6)]
    [InlineData(-90, 6)]
    [InlineData(45, null)]
    public void OrientationOfIrot_CounterClockwiseTurns(int degrees, int? orientation) =>
        Assert.Equal(orientation, HeifContainer.OrientationOfIrot(degrees));
}
