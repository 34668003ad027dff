using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.Tests.Support;

namespace MediaSuite.Tests.App;

/// <summary>Files served as they are, with every form of Range and If-Range, and transcoded ones.</summary>
public sealed class StreamingTests(StreamingFixture fx) : IClassFixture<StreamingFixture>
{
    private byte[] FileBytes(string relative) => File.ReadAllBytes(fx.Harness.PathOf(relative));

    private async Task<HttpResponseMessage> GetAsync(long trackId, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, fx.Link(trackId, fx.MemberId));
        configure?.Invoke(request);
        return await fx.Anonymous().SendAsync(request);
    }

    [Theory]
    [InlineData("mp3", "Band/Album/01 One.mp3", "audio/mpeg")]
    [InlineData("flac", "Band/Album/02 Two.flac", "audio/flac")]
    public async Task Get_PlayableFile_Returns200WithWholeFileTypeAndValidators(string kind, string relative, string contentType)
    {
        var response = await GetAsync(kind == "mp3" ? fx.Mp3 : fx.Flac);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = FileBytes(relative);
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(File.GetLastWriteTimeUtc(fx.Harness.PathOf(relative)).ToString("R"), response.Content.Headers.LastModified?.UtcDateTime.ToString("R"));
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(100L, 199L, 100, 100)]   // bytes=100-199
    [InlineData(1000L, null, 1000, -1)]  // bytes=1000-  (to the end)
    [InlineData(0L, 0L, 0, 1)]           // the first byte alone
    public async Task Get_Range_Returns206WithExactlyThoseBytes(long from, long? to, int offset, int length)
    {
        var file = FileBytes("Band/Album/01 One.mp3");
        var response = await GetAsync(fx.Mp3, r => r.Headers.Range = new RangeHeaderValue(from, to));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        var count = length < 0 ? file.Length - offset : length;
        Assert.Equal($"bytes {offset}-{offset + count - 1}/{file.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(count, response.Content.Headers.ContentLength);
        Assert.Equal(file.AsSpan(offset, count).ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_SuffixRange_Returns206WithTheLastBytes()
    {
        var file = FileBytes("Band/Album/01 One.mp3");
        var response = await GetAsync(fx.Mp3, r => r.Headers.Range = new RangeHeaderValue(null, 500));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {file.Length - 500}-{file.Length - 1}/{file.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(file[^500..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_RangeEndingPastTheFile_IsCutAtTheEnd()
    {
        var file = FileBytes("Band/Album/02 Two.flac");
        var response = await GetAsync(fx.Flac, r => r.Headers.Range = new RangeHeaderValue(file.Length - 10, file.Length + 1000));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {file.Length - 10}-{file.Length - 1}/{file.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(file[^10..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_RangeStartingAtTheEnd_Returns416WithTheSize()
    {
        var size = FileBytes("Band/Album/01 One.mp3").Length;
        var response = await GetAsync(fx.Mp3, r => r.Headers.Range = new RangeHeaderValue(size, null));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{size}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Get_IfRangeWithCurrentETag_Returns206()
    {
        var etag = (await GetAsync(fx.Mp3, method: HttpMethod.Head)).Headers.ETag!;
        var response = await GetAsync(fx.Mp3, r => { r.Headers.Range = new RangeHeaderValue(10, 19); r.Headers.IfRange = new RangeConditionHeaderValue(etag); });

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(FileBytes("Band/Album/01 One.mp3")[10..20], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfRangeWithAnotherETag_Returns200WithTheWholeFile()
    {
        var response = await GetAsync(fx.Mp3, r => { r.Headers.Range = new RangeHeaderValue(10, 19); r.Headers.IfRange = new RangeConditionHeaderValue("\"stale\""); });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.Equal(FileBytes("Band/Album/01 One.mp3"), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_IfRangeWithTheLastModifiedDate_Returns206_AndWithAnOlderDate_200()
    {
        var modified = (await GetAsync(fx.Mp3, method: HttpMethod.Head)).Content.Headers.LastModified!.Value;

        var current = await GetAsync(fx.Mp3, r => { r.Headers.Range = new RangeHeaderValue(0, 9); r.Headers.IfRange = new RangeConditionHeaderValue(modified); });
        var older = await GetAsync(fx.Mp3, r => { r.Headers.Range = new RangeHeaderValue(0, 9); r.Headers.IfRange = new RangeConditionHeaderValue(modified.AddHours(-1)); });

        Assert.Equal(HttpStatusCode.PartialContent, current.StatusCode);
        Assert.Equal(10, (await current.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Equal(FileBytes("Band/Album/01 One.mp3").Length, (await older.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Head_PlayableFile_ReturnsTheHeadersWithoutABody()
    {
        var response = await GetAsync(fx.Flac, method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FileBytes("Band/Album/02 Two.flac").Length, response.Content.Headers.ContentLength);
        Assert.Equal("audio/flac", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_Alac_IsTranscodedToOggOpus_ChunkedWithoutRanges()
    {
        var response = await fx.Anonymous().GetAsync(fx.Link(fx.Alac, fx.MemberId), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/ogg", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.TransferEncodingChunked);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Empty(response.Headers.AcceptRanges);
        var probe = await ProbeAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("ogg", probe.GetProperty("format").GetProperty("format_name").GetString());
        var stream = probe.GetProperty("streams")[0];
        Assert.Equal("opus", stream.GetProperty("codec_name").GetString());
        Assert.InRange(double.Parse(probe.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 1.9, 2.1);
    }

    [Fact]
    public async Task Get_AlacWithRange_IgnoresTheRangeAndSendsTheWholeStream()
    {
        var response = await GetAsync(fx.Alac, r => r.Headers.Range = new RangeHeaderValue(0, 99));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task Head_Alac_ReturnsTheTranscodedTypeWithoutABody()
    {
        var response = await GetAsync(fx.Alac, method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/ogg", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Headers.AcceptRanges);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_TrackThatCannotBeTranscoded_Returns500WithASentence()
    {
        var path = fx.Harness.PathOf("Broken/Broken.m4a");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await StreamingFixture.MakeAlacAsync(path, "Broken");
        await fx.Harness.ScanAsync("Broken");
        var id = (await fx.Harness.TracksAsync()).Single(t => t.Track.Title == "Broken").Track.Id;
        var length = new FileInfo(path).Length;
        await File.WriteAllBytesAsync(path, new byte[length]); // same size: the catalogue still lists it as it was

        var response = await GetAsync(id);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("could not be converted", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_TrackWhoseFileIsGone_Returns404WithASentence_BeforeAndAfterTheRescan()
    {
        var path = fx.Harness.PathOf("Gone/Gone.mp3");
        await AudioFixtures.MakeAsync(path, StreamingFixture.Tags("Gone"));
        await fx.Harness.ScanAsync("Gone");
        var id = (await fx.Harness.TracksAsync()).Single(t => t.Track.Title == "Gone").Track.Id;
        File.Delete(path);

        var beforeRescan = await GetAsync(id);
        await fx.Harness.ScanAsync("Gone");
        var afterRescan = await GetAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, beforeRescan.StatusCode);
        Assert.Contains("cannot be found", await DetailAsync(beforeRescan));
        Assert.Equal(HttpStatusCode.NotFound, afterRescan.StatusCode);
        Assert.Contains("is missing", await DetailAsync(afterRescan));
    }

    [Fact]
    public async Task Get_UnknownTrack_Returns404WithASentence()
    {
        var response = await GetAsync(987654);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no track with id 987654.", await DetailAsync(response));
    }

    public static async Task<string?> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();

    private static async Task<JsonElement> ProbeAsync(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediasuite-stream-{Guid.NewGuid():N}.ogg");
        try
        {
            await File.WriteAllBytesAsync(path, bytes);
            var start = new System.Diagnostics.ProcessStartInfo("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path])
            {
                RedirectStandardOutput = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var json = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
