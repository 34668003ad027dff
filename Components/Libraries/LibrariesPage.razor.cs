using MediaSuite.Components.Shared;
using MediaSuite.Domain.Library;
using MediaSuite.Infrastructure.Library;
using MediaSuite.Jobs;
using MediaSuite.Jobs.Ingest;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace MediaSuite.Components.Libraries;

public partial class LibrariesPage
{
    [Inject] private LibraryStore Store { get; set; } = default!;
    [Inject] private JobScheduler Jobs { get; set; } = default!;
    [Inject] private LiveRuns Live { get; set; } = default!;
    [Inject] private JobEvents Events { get; set; } = default!;
    [Inject] private LibraryWatcher Watcher { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private IReadOnlyList<LibrarySummary> summaries = [];
    private IReadOnlyList<ScanProblem> problems = [];
    private int? openProblems;
    private string? message;
    private bool messageIsError;
    private IDisposable? subscription;

    protected override async Task OnInitializedAsync()
    {
        await RefreshAsync();
        subscription = new ThrottledRefresh(Events, TimeSpan.FromMilliseconds(300), InvokeAsync, async () => { await RefreshAsync(); StateHasChanged(); });
    }

    private async Task RefreshAsync()
    {
        summaries = await Store.SummariesAsync();
        if (openProblems is { } id) problems = await Store.ProblemsAsync(id);
    }

    /// <summary>A running scan that covers this library (its own, or the nightly scan of all).</summary>
    private LiveRun? ScanOf(int libraryId) => Live.All.FirstOrDefault(r => r.JobKey == LibraryScanJob.Key
        && (r.Target.Length == 0 || ScanTarget.Parse(r.Target)?.LibraryId == libraryId));

    private async Task Added(MediaLibrary library)
    {
        var result = await Jobs.EnqueueAsync(LibraryScanJob.Key, library.Id.ToString());
        Say($"Added {library.Name}. {result.Message}", error: false);
        await RefreshAsync();
    }

    private async Task Scan(MediaLibrary library)
    {
        var result = await Jobs.EnqueueAsync(LibraryScanJob.Key, library.Id.ToString());
        Say(result.Message, error: !result.Accepted);
    }

    private async Task Toggle(MediaLibrary library)
    {
        await Store.UpdateAsync(library.Id, library.Name, library.Kind, !library.Enabled);
        await Watcher.RefreshAsync();
        await RefreshAsync();
    }

    private async Task Remove(MediaLibrary library)
    {
        if (await Dialogs.Confirm($"Remove {library.Name}? Its files stay on disk, but MediaSuite forgets them with their plays, ratings and playlist entries.",
                "Remove library", new ConfirmOptions { OkButtonText = "Remove", CancelButtonText = "Cancel" }) != true)
            return;
        await Store.RemoveAsync(library.Id);
        await Watcher.RefreshAsync();
        Say($"Removed {library.Name}.", error: false);
        await RefreshAsync();
    }

    private async Task ToggleProblems(int libraryId)
    {
        openProblems = openProblems == libraryId ? null : libraryId;
        problems = openProblems is null ? [] : await Store.ProblemsAsync(libraryId);
    }

    private void Say(string text, bool error)
    {
        message = text;
        messageIsError = error;
    }

    private string Ago(DateTimeOffset moment) => RelativeTime.From(moment, Clock.GetUtcNow());

    private static string KindText(LibraryKind kind) => AddLibraryForm.Kinds.First(k => k.Value == kind).Text;

    private static string IconOf(LibraryKind kind) => kind switch
    {
        LibraryKind.Music => "library_music",
        LibraryKind.Videos => "video_library",
        LibraryKind.Photos => "photo_library",
        _ => "perm_media",
    };

    public void Dispose() => subscription?.Dispose();
}
