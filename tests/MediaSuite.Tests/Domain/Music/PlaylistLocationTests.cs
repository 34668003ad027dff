using MediaSuite.Domain.Music;

namespace MediaSuite.Tests.Domain.Music;

public sealed class PlaylistLocationTests
{
    [Theory]
    [InlineData("/srv/music/A/01.mp3", "/srv/music/A/01.mp3", "srv/music/A/01.mp3")]
    [InlineData("/srv/music/./A/../B/01.mp3", "/srv/music/B/01.mp3", "srv/music/B/01.mp3")]
    [InlineData("file:///srv/music/A%20B/01.mp3", "/srv/music/A B/01.mp3", "srv/music/A B/01.mp3")]
    [InlineData("file://localhost/srv/x.mp3", "/srv/x.mp3", "srv/x.mp3")]
    [InlineData("A/B/01.mp3", null, "A/B/01.mp3")]
    [InlineData("../../Music/A/01.mp3", null, "Music/A/01.mp3")]
    [InlineData(@"C:\Users\me\Music\A\01.mp3", null, "Users/me/Music/A/01.mp3")]
    [InlineData("file:///C:/Music/A/01.mp3", null, "Music/A/01.mp3")]
    [InlineData(@"\\nas\share\A\01.mp3", null, "nas/share/A/01.mp3")]
    public void Parse_PathsBecomeServerPathAndNameSegments(string location, string? serverPath, string segments)
    {
        var parsed = PlaylistLocation.Parse(location);

        Assert.False(parsed.IsRemote);
        Assert.Equal(serverPath, parsed.ServerPath);
        Assert.Equal(segments, string.Join('/', parsed.Segments));
    }

    [Theory]
    [InlineData("http://radio.example/stream.mp3")]
    [InlineData("https://music.example/rest/stream?id=4")]
    [InlineData("smb://nas/share/a.mp3")]
    public void Parse_WebAddresses_AreRemote(string location)
    {
        Assert.True(PlaylistLocation.Parse(location).IsRemote);
    }
}
