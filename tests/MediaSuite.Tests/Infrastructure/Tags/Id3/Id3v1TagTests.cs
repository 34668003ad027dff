using MediaSuite.Infrastructure.Tags;
using MediaSuite.Infrastructure.Tags.Id3;

namespace MediaSuite.Tests.Infrastructure.Tags.Id3;

public sealed class Id3v1TagTests
{
    [Fact]
    public void TryParse_V11Tag_ReadsTrackAndGenre()
    {
        var tag = Id3v1Tag.TryParse(HandBuiltAudio.Id3v1("Title", "Artist", "Album", "1987", "Comment", 7, 17));

        Assert.Equal(new Id3v1Tag("Title", "Artist", "Album", "1987", "Comment", 7, "Rock"), tag);
    }

    [Fact]
    public void TryParse_V10Tag_KeepsFullCommentAndNoTrack()
    {
        var tag = Id3v1Tag.TryParse(HandBuiltAudio.Id3v1("T", "A", "", "", new string('c', 30), null, 255));

        Assert.Equal(new string('c', 30), tag?.Comment);
        Assert.Null(tag?.Track);
        Assert.Null(tag?.Genre);
    }

    [Fact]
    public void TryParse_NoTagMarker_ReturnsNull()
    {
        Assert.Null(Id3v1Tag.TryParse(new byte[128]));
    }

    [Fact]
    public void FillMissing_BagWithTitle_KeepsTitleAndAddsTheRest()
    {
        var bag = new TagBag();
        bag.Add("TITLE", "From ID3v2");

        Id3v1Tag.TryParse(HandBuiltAudio.Id3v1("From v1", "Artist", "Album", "1987", "", 7, 17))!.FillMissing(bag);
        var meta = bag.ToMetadata(new());

        Assert.Equal("From ID3v2", meta.Title);
        Assert.Equal(["Artist"], meta.Artists);
        Assert.Equal(7, meta.TrackNumber);
        Assert.Equal(1987, meta.Year);
        Assert.Equal(["Rock"], meta.Genres);
    }
}
