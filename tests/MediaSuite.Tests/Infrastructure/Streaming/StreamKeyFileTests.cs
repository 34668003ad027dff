using System.Runtime.Versioning;
using MediaSuite.Infrastructure.Hosting;
using MediaSuite.Infrastructure.Streaming;
using Microsoft.Extensions.Options;

namespace MediaSuite.Tests.Infrastructure.Streaming;

public sealed class StreamKeyFileTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mediasuite-tests", "key-" + Guid.NewGuid().ToString("N"));

    private string KeyPath => StreamKeyFile.PathIn(_dataDirectory);

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void LoadOrCreate_NoKeyYet_Writes32RandomBytesOnlyTheOwnerCanRead()
    {
        var key = StreamKeyFile.LoadOrCreate(KeyPath);

        Assert.Equal(Path.Combine(_dataDirectory, "keys", "stream.key"), KeyPath);
        Assert.Equal(32, key.Length);
        Assert.Equal(key, File.ReadAllBytes(KeyPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        Assert.Equal([KeyPath], Directory.GetFiles(Path.GetDirectoryName(KeyPath)!)); // no temporary file left behind
    }

    [Fact]
    public void LoadOrCreate_Again_GivesTheSameKey()
    {
        var first = StreamKeyFile.LoadOrCreate(KeyPath);
        var second = StreamKeyFile.LoadOrCreate(KeyPath);

        Assert.Equal(first, second);
        Assert.NotEqual(first, StreamKeyFile.LoadOrCreate(StreamKeyFile.PathIn(_dataDirectory + "-other")));
        Directory.Delete(_dataDirectory + "-other", recursive: true);
    }

    [Fact]
    public void LoadOrCreate_ManyAtOnce_AllAgreeOnOneKey()
    {
        var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => StreamKeyFile.LoadOrCreate(KeyPath)).ToList();

        Assert.All(keys, k => Assert.Equal(File.ReadAllBytes(KeyPath), k));
    }

    [Fact]
    public void LoadOrCreate_DamagedKey_StopsWithASentence_AndLeavesTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        File.WriteAllBytes(KeyPath, new byte[5]);

        var error = Assert.Throws<StartupException>(() => StreamKeyFile.LoadOrCreate(KeyPath));

        Assert.Contains("is 5 bytes long instead of 32", error.Message);
        Assert.Contains("Delete it", error.Message);
        Assert.Equal(5, new FileInfo(KeyPath).Length);
    }

    [Fact]
    public void Signer_AfterARestart_VerifiesLinksSignedBeforeIt()
    {
        var media = Options.Create(new MediaSuiteOptions { DataDirectory = _dataDirectory });
        var streaming = Options.Create(new StreamingOptions());
        var now = DateTimeOffset.UtcNow;
        var url = new StreamUrlSigner(media, streaming).Sign(5, "user", now).Url;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://host" + url).Query);

        var afterRestart = new StreamUrlSigner(media, streaming);

        Assert.Equal(StreamLinkCheck.Valid, afterRestart.Verify(5, new StreamLinkQuery(query["t"], query["u"], query["e"], query["s"]), now));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}
