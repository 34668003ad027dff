using MediaSuite.Domain.Library;
using MediaSuite.Jobs.Ingest;

namespace MediaSuite.Tests.Domain.Library;

public class LibraryRulesTests
{
    [Theory]
    [InlineData("song.MP3", LibraryKind.Music, MediaKind.Audio)]
    [InlineData("clip.mp4", LibraryKind.Music, null)]
    [InlineData("clip.mp4", LibraryKind.Photos, MediaKind.Video)]
    [InlineData("IMG_0001.HEIC", LibraryKind.Photos, MediaKind.Photo)]
    [InlineData("IMG_0001.HEIC", LibraryKind.Videos, null)]
    [InlineData("movie.mkv", LibraryKind.Mixed, MediaKind.Video)]
    [InlineData("notes.txt", LibraryKind.Mixed, null)]
    [InlineData("no-extension", LibraryKind.Mixed, null)]
    public void Classify_TakesWhatTheLibraryHolds(string name, LibraryKind library, MediaKind? expected) =>
        Assert.Equal(expected, MediaKinds.Classify(name, library));

    [Theory]
    [InlineData("cover.jpg", LibraryKind.Mixed, null)]
    [InlineData("cover.jpg", LibraryKind.Photos, MediaKind.Photo)]
    [InlineData("01 Song.lrc", LibraryKind.Music, null)]
    [InlineData("holiday.jpg", LibraryKind.Mixed, MediaKind.Photo)]
    public void ClassifyInLibrary_LeavesSidecarsOutExceptInPhotoLibraries(string name, LibraryKind library, MediaKind? expected) =>
        Assert.Equal(expected, MediaKinds.ClassifyInLibrary(name, library));

    [Theory]
    [InlineData("cover.jpg", true)]
    [InlineData("Folder.PNG", true)]
    [InlineData("front.webp", true)]
    [InlineData("01 Song.lrc", true)]
    [InlineData("holiday.jpg", false)]
    [InlineData("cover.mp3", false)]
    public void IsSidecar_KnowsCoversAndLyrics(string name, bool expected) => Assert.Equal(expected, MediaKinds.IsSidecar(name));

    [Theory]
    [InlineData("5", 5, "")]
    [InlineData("5:Artist/Album", 5, "Artist/Album")]
    [InlineData("12:/Artist/", 12, "Artist")]
    public void ScanTarget_ParsesWhatItWrites(string text, int library, string sub)
    {
        var target = ScanTarget.Parse(text)!;
        Assert.Equal(new ScanTarget(library, sub), target);
        Assert.Equal(target, ScanTarget.Parse(target.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("5:../etc")]
    [InlineData("5:a/./b")]
    [InlineData("-1")]
    public void ScanTarget_RefusesNonsenseAndEscapes(string text) => Assert.Null(ScanTarget.Parse(text));

    [Fact]
    public void ScanTarget_CoversItsSubtreeOnly()
    {
        var target = new ScanTarget(1, "Rock/Queen");
        Assert.True(target.Covers("Rock/Queen"));
        Assert.True(target.Covers("Rock/Queen/Innuendo"));
        Assert.False(target.Covers("Rock/Queens of the Stone Age"));
        Assert.False(target.Covers("Rock"));
        Assert.True(new ScanTarget(1).Covers("anything"));
    }

    [Fact]
    public void Lrc_ParsesStampsIncludingRepeatedOnes_AndRoundTrips()
    {
        var lines = Lrc.Parse("[ar:Someone]\n[00:01.50]Hello\r\n[00:05.00][01:05.25]Chorus\nno stamp here\n[00:03.1]World");
        Assert.Equal([1500L, 3100L, 5000L, 65250L], lines.Select(l => l.TimeMs));
        Assert.Equal(["Hello", "World", "Chorus", "Chorus"], lines.Select(l => l.Text));
        Assert.Equal(lines, Lrc.Parse(Lrc.Format(lines)!));
        Assert.Null(Lrc.Format([]));
    }

    [Fact]
    public void Watcher_Collapse_KeepsOnlyTheTopmostChangedFolders()
    {
        var collapsed = LibraryWatcher.Collapse([(1, "a/b"), (1, "a"), (1, "c/d"), (1, "c/d/e"), (2, "x"), (2, "")]).ToList();
        Assert.Equal([(1, "a"), (1, "c/d"), (2, "")], collapsed.OrderBy(c => c.Item1).ThenBy(c => c.Item2));
    }
}
