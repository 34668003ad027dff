using MediaSuite.Infrastructure.Library;
using MediaSuite.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaSuite.Tests.Jobs.Ingest;

/// <summary>Broken files are listed with a reason and never stop the scan.</summary>
public sealed class ScannerProblemTests
{
    [Fact]
    public async Task ProblemFiles_AreRecordedWithReasons_AndTheRestIsScanned()
    {
        await using var h = await ScannerHarness.StartAsync();
        await AudioFixtures.MakeAsync(h.PathOf("ok/good.mp3"), new() { ["title"] = "good", ["artist"] = "A", ["album"] = "B" });
        await File.WriteAllBytesAsync(h.PathOf("ok/empty.mp3"), []);
        await File.WriteAllTextAsync(h.PathOf("ok/not-audio.flac"), "this is a text file pretending to be FLAC");
        var good = await File.ReadAllBytesAsync(h.PathOf("ok/good.mp3"));
        await File.WriteAllBytesAsync(h.PathOf("ok/truncated.mp3"), good[..12]);
        Directory.CreateDirectory(h.PathOf("loop"));
        File.CreateSymbolicLink(h.PathOf("loop/again"), h.Root);
        await AudioFixtures.RunAsync("bash", ["-c", $"touch \"{h.PathOf("ok")}\"/$'bad-\\xff-name.mp3'"]);

        var stats = await h.ScanAsync();

        var files = await h.FilesAsync();
        Assert.Contains(files, f => f.Path == "ok/good.mp3");
        var problems = (await h.Factory.Services.GetRequiredService<LibraryStore>().ProblemsAsync(h.Library.Id)).ToDictionary(p => p.Path, p => p.Reason);
        Assert.Contains("empty (0 bytes)", problems["ok/empty.mp3"]);
        Assert.False(string.IsNullOrWhiteSpace(problems["ok/not-audio.flac"]));
        Assert.False(string.IsNullOrWhiteSpace(problems["ok/truncated.mp3"]));
        Assert.Contains("loop", problems["loop/again"]);
        Assert.Contains(problems, p => p.Value.Contains("not valid UTF-8"));
        Assert.True(stats.Problems >= 5);

        // Fixed files leave the list on the next scan of their folder.
        File.Delete(h.PathOf("ok/empty.mp3"));
        await h.ScanAsync();
        Assert.DoesNotContain(await h.Factory.Services.GetRequiredService<LibraryStore>().ProblemsAsync(h.Library.Id), p => p.Path == "ok/empty.mp3");
    }
}
