using MediaSuite.Components.Player;
using MediaSuite.Domain.Music;
using MediaSuite.Infrastructure.Music;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace MediaSuite.Components.Music.Playlists;

public partial class PlaylistImport
{
    /// <summary>Add to this playlist; null creates a new one named after the file.</summary>
    [Parameter] public long? IntoPlaylistId { get; set; }

    [Parameter] public string Label { get; set; } = "Import an M3U8 file";

    [Parameter] public EventCallback<PlaylistImportResult> OnImported { get; set; }

    [Inject] private PlaylistService Playlists { get; set; } = default!;
    [Inject] private PlayerController Player { get; set; } = default!;

    private PlaylistImportResult? result;
    private string? problem;
    private string fileName = "";
    private bool busy;

    private async Task ImportAsync(InputFileChangeEventArgs e)
    {
        (busy, problem, result, fileName) = (true, null, null, e.File.Name);
        try
        {
            byte[] content;
            await using (var stream = e.File.OpenReadStream(M3u8.MaxBytes))
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer);
                content = buffer.ToArray();
            }
            result = await Playlists.ImportAsync(await Player.UserIdAsync(), e.File.Name, content, IntoPlaylistId);
            if (result.PlaylistId is not null) await OnImported.InvokeAsync(result);
        }
        catch (IOException) when (e.File.Size > M3u8.MaxBytes)
        {
            problem = $"{e.File.Name} is larger than {M3u8.MaxBytes / 1024 / 1024} MiB; that is not a playlist file.";
        }
        catch (PlaylistException ex)
        {
            problem = $"{e.File.Name}: {ex.Message}";
        }
        finally
        {
            busy = false;
        }
    }
}
