using MediaSuite.Infrastructure.Media;

namespace MediaSuite.Tests.Infrastructure.Media;

public sealed class Iso6709Tests
{
    [Theory]
    [InlineData("+48.8583+002.2945+035.000/", 48.8583, 2.2945, 35.0)]
    [InlineData("+48.8583+002.2945+35.000000/", 48.8583, 2.2945, 35.0)]
    [InlineData("-33.8688+151.2093/", -33.8688, 151.2093, null)]
    [InlineData("+40.6892-074.0445-002.5/", 40.6892, -74.0445, -2.5)]
    [InlineData("-22.9519-043.2105", -22.9519, -43.2105, null)]
    [InlineData("+48.8583+2.2945/", 48.8583, 2.2945, null)]
    [InlineData("+48.8583+002.2945+035.000CRSWGS_84/", 48.8583, 2.2945, 35.0)]
    public void Parse_Degrees_ReadsSignedDegrees(string text, double latitude, double longitude, double? altitude)
    {
        var point = Iso6709.Parse(text);

        Assert.Equal((latitude, longitude, altitude), point);
    }

    [Theory]
    [InlineData("+4851.5+00217.7/", 48.858333, 2.295)]
    [InlineData("+485130+0021742/", 48.858333, 2.295)]
    [InlineData("-3352.128+15112.558/", -33.8688, 151.209300)]
    public void Parse_MinutesAndSeconds_ConvertToDegrees(string text, double latitude, double longitude)
    {
        var point = Iso6709.Parse(text)!.Value;

        Assert.Equal(latitude, point.Latitude, 5);
        Assert.Equal(longitude, point.Longitude, 5);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Paris")]
    [InlineData("48.8583,2.2945")]
    [InlineData("+95.0+002.0/")]
    [InlineData("+45.0+190.0/")]
    public void Parse_NotAPoint_IsNull(string text) => Assert.Null(Iso6709.Parse(text));
}
