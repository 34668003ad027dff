using System.Text.Json;
using MediaSuite.Infrastructure.Media.Ffprobe;

namespace MediaSuite.Tests.Infrastructure.Media.Ffprobe;

public sealed class FfprobeOutputTests
{
    [Fact]
    public void Parse_NumbersAsStringsAndNotAvailable_ReadsNumbersOrNull()
    {
        var output = FfprobeOutput.Parse("""
            { "streams": [ { "index": 0, "codec_type": "audio", "sample_rate": "44100", "channels": 2,
                             "bits_per_raw_sample": "N/A", "bit_rate": "320000", "duration": "N/A",
                             "side_data_list": [ { "side_data_type": "Display Matrix", "rotation": -90 } ],
                             "unknown_field": { "nested": [1, 2] } } ],
              "format": { "format_name": "wv", "duration": "2.500000", "bit_rate": 912, "size": "N/A", "tags": { "TITLE": "x" } } }
            """);

        var stream = Assert.Single(output.Streams);
        Assert.Equal((44100, 2, (int?)null, 320000L, (double?)null), (stream.SampleRate, stream.Channels, stream.BitsPerRawSample, stream.BitRate, stream.Duration));
        Assert.Equal(-90, stream.SideDataList![0].Rotation);
        Assert.Equal((2.5, 912L, (long?)null), (output.Format!.Duration, output.Format.BitRate, output.Format.Size));
        Assert.Equal("x", output.Format.Tags!["TITLE"]);
    }

    [Fact]
    public void Parse_EmptyObject_HasNoStreams()
    {
        var output = FfprobeOutput.Parse("{}");

        Assert.Empty(output.Streams);
        Assert.Null(output.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("{\"streams\": 5}")]
    public void Parse_NotFfprobeJson_ThrowsJsonException(string text) =>
        Assert.ThrowsAny<JsonException>(() => FfprobeOutput.Parse(text));

    [Theory]
    [InlineData("30000/1001", 29.97)]
    [InlineData("24000/1001", 23.976)]
    [InlineData("25/1", 25.0)]
    [InlineData("60", 60.0)]
    public void FrameRate_Fraction_IsRoundedRate(string fraction, double expected) =>
        Assert.Equal(expected, FfprobeValues.FrameRate(fraction));

    [Theory]
    [InlineData("0/0")]
    [InlineData("1/0")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1/2/3")]
    public void FrameRate_Unknown_IsNull(string fraction) => Assert.Null(FfprobeValues.FrameRate(fraction));

    [Theory]
    [InlineData("2023-07-14T16:30:05.000000Z", "2023-07-14T16:30:05+00:00")]
    [InlineData("2023-07-14T18:30:05+0200", "2023-07-14T18:30:05+02:00")]
    [InlineData("2023-07-14T18:30:05-05:00", "2023-07-14T18:30:05-05:00")]
    [InlineData("2023-07-14 16:30:05", "2023-07-14T16:30:05+00:00")]
    public void Date_CommonForms_ParseWithTheirOffset(string text, string expected)
    {
        var date = FfprobeValues.Date(text);

        Assert.Equal(DateTimeOffset.Parse(expected), date);
        Assert.Equal(DateTimeOffset.Parse(expected).Offset, date!.Value.Offset);
    }

    [Theory]
    [InlineData("1904-01-01T00:00:00.000000Z")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("yesterday")]
    [InlineData(" ")]
    public void Date_ZeroOrJunk_IsNull(string text) => Assert.Null(FfprobeValues.Date(text));
}
