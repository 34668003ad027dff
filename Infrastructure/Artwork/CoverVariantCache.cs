using System.Collections.Concurrent;
using MediaSuite.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace MediaSuite.Infrastructure.Artwork;

/// <summary>
/// Resized covers on disk under &lt;data&gt;/cache/covers, one file per source, size and format.
/// A variant is made once: requests that arrive while it is being made wait for the same work,
/// and the file appears under its name only when complete (written to a temporary name, then
/// renamed), so nobody is served half an image — not even another server on the same folder.
/// </summary>
public sealed class CoverVariantCache(IOptions<MediaSuiteOptions> host, IOptions<CoverArtOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentResizes);

    public string Folder { get; } = Path.Combine(host.Value.ResolvedDataDirectory, "cache", "covers");

    /// <summary>
    /// The path of the cached variant, made first by <paramref name="create"/> (given a temporary
    /// path with the same extension) if it is not there yet. The work is not cancelled when this
    /// caller gives up: others may be waiting for it, and the result is kept for the next request.
    /// </summary>
    public async Task<string> GetOrCreateAsync(string fileName, Func<string, Task> create, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Folder, fileName);
        if (File.Exists(path)) return path;
        var work = _inFlight.GetOrAdd(fileName, name => new Lazy<Task>(() => CreateAsync(name, path, create)));
        await work.Value.WaitAsync(cancellationToken);
        return path;
    }

    private async Task CreateAsync(string fileName, string path, Func<string, Task> create)
    {
        try
        {
            await _slots.WaitAsync();
            try
            {
                // Finished by another request between its check and this one's turn.
                if (File.Exists(path)) return;
                Directory.CreateDirectory(Folder);
                var temporary = Path.Combine(Folder, $"{Path.GetFileNameWithoutExtension(fileName)}.tmp-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
                try
                {
                    await create(temporary);
                    if (!File.Exists(temporary)) throw new CoverUnavailableException("the resizer finished without writing the image");
                    File.Move(temporary, path, overwrite: true);
                }
                finally
                {
                    if (File.Exists(temporary)) File.Delete(temporary);
                }
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            // After the rename: a request that misses this entry finds the file instead.
            _inFlight.TryRemove(fileName, out _);
        }
    }
}
