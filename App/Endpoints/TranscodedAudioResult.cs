using MediaSuite.Domain.Playback;
using MediaSuite.Infrastructure.Streaming;

namespace MediaSuite.App.Endpoints;

/// <summary>
/// A 200 whose body is Opus in Ogg as ffmpeg makes it, sent chunked. There is no Content-Length
/// (unknown until ffmpeg ends) and no Accept-Ranges: a Range header is ignored and the whole
/// stream sent, since transcoded output has nothing to seek in.
/// </summary>
public sealed class TranscodedAudioResult(string path, AudioTranscoder transcoder) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = BrowserAudio.TranscodedContentType;
        response.Headers.CacheControl = "private";
        if (HttpMethods.IsHead(httpContext.Request.Method)) return;

        try
        {
            await transcoder.TranscodeAsync(path, response.Body, httpContext.RequestAborted);
        }
        catch (TranscodeFailedException failed) when (!response.HasStarted)
        {
            response.Clear();
            await TypedResults.Problem(failed.Message, statusCode: StatusCodes.Status500InternalServerError, title: "Transcoding failed")
                .ExecuteAsync(httpContext);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The listener left; the transcoder has already stopped ffmpeg.
        }
    }
}
