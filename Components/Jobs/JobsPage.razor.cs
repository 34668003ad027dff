using MediaSuite.Components.Shared;
using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Jobs;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace MediaSuite.Components.Jobs;

public partial class JobsPage
{
    private const int HistoryPage = 50;
    private static readonly TimeSpan RefreshQuiet = TimeSpan.FromMilliseconds(200);

    [Inject] private JobScheduler Scheduler { get; set; } = default!;
    [Inject] private JobRunStore Runs { get; set; } = default!;
    [Inject] private LiveRuns Live { get; set; } = default!;
    [Inject] private JobCatalog Catalog { get; set; } = default!;
    [Inject] private JobEvents Events { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private IReadOnlyList<ActiveRunView> running = [];
    private IReadOnlyList<ActiveRunView> queued = [];
    private IReadOnlyList<ScheduleInfo> schedules = [];
    private List<JobRun> history = [];
    private bool hasMoreHistory;
    private string? message;
    private bool messageIsError;
    private IDisposable? subscription;

    protected override async Task OnInitializedAsync()
    {
        await RefreshAsync();
        subscription = new ThrottledRefresh(Events, RefreshQuiet, InvokeAsync, async () => { await RefreshAsync(); StateHasChanged(); });
    }

    /// <summary>Progress arrives in bursts; the page redraws at most five times a second, however fast a job reports.</summary>
    private async Task RefreshAsync()
    {
        var active = JobsView.Active(await Runs.ListActiveAsync(), Live, Catalog);
        running = active.Where(r => r.Run.State == JobRunState.Running).ToList();
        queued = active.Where(r => r.Run.State == JobRunState.Queued).ToList();
        schedules = await Scheduler.ListSchedulesAsync();
        var latest = await Runs.ListHistoryAsync(Math.Max(HistoryPage, history.Count));
        history = latest.ToList();
        hasMoreHistory = latest.Count >= HistoryPage && latest.Count % HistoryPage == 0;
    }

    private async Task LoadOlder()
    {
        var older = await Runs.ListHistoryAsync(HistoryPage, history.LastOrDefault()?.Id);
        history.AddRange(older);
        hasMoreHistory = older.Count == HistoryPage;
    }

    private async Task RunNow(string jobKey) => Report(await Scheduler.EnqueueAsync(jobKey));

    private async Task Retry(long runId) => Report(await Scheduler.RetryAsync(runId));

    private async Task Cancel(long runId)
    {
        var cancelled = await Scheduler.CancelAsync(runId);
        Say(cancelled ? "Cancelling…" : "That run had already finished.", error: !cancelled);
    }

    private async Task SetPaused(string jobKey, bool paused)
    {
        await Scheduler.SetPausedAsync(jobKey, paused);
        Say($"{JobsView.NameOf(Catalog, jobKey)} schedule {(paused ? "paused" : "resumed")}.", error: false);
        await RefreshAsync();
    }

    private Task ShowDetails(JobRun run) =>
        Dialogs.OpenAsync<JobRunDetails>($"{JobsView.NameOf(Catalog, run.JobKey)} · run {run.Id}",
            new Dictionary<string, object?> { [nameof(JobRunDetails.RunId)] = run.Id },
            new DialogOptions { Width = "min(52rem, 95vw)", Draggable = true, Resizable = true, CloseDialogOnEsc = true });

    private void Report(EnqueueResult result) => Say(result.Message, error: !result.Accepted);

    private void Say(string text, bool error)
    {
        message = text;
        messageIsError = error;
    }

    private string Ago(DateTimeOffset? moment) => moment is { } m ? RelativeTime.From(m, Clock.GetUtcNow()) : "";

    private string Relative(DateTimeOffset moment) => RelativeTime.From(moment, Clock.GetUtcNow());

    public void Dispose() => subscription?.Dispose();
}
