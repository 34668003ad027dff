using MediaSuite.Infrastructure.Library;
using Microsoft.Extensions.Options;

namespace MediaSuite.Jobs.Ingest;

/// <summary>Adds the libraries declared in appsettings (MediaSuite:Library:Folders) that the database does not have yet.</summary>
public sealed partial class ConfiguredLibrariesSync(LibraryStore libraries, IOptions<LibraryOptions> options, ILogger<ConfiguredLibrariesSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var known = (await libraries.ListAsync()).Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in options.Value.Folders)
        {
            if (known.Contains(LibraryStore.Normalise(folder.Path))) continue;
            var (library, problem) = await libraries.AddAsync(folder.Path, folder.Kind, folder.Name, fromConfiguration: true);
            if (library is null) LogNotAdded(folder.Path, problem!);
            else if (!folder.Enabled) await libraries.UpdateAsync(library.Id, library.Name, library.Kind, enabled: false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The configured library {Path} was not added: {Problem}")]
    private partial void LogNotAdded(string path, string problem);
}
