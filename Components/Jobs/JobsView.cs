using MediaSuite.Domain.Jobs;
using MediaSuite.Infrastructure.Jobs;
using MediaSuite.Jobs;

namespace MediaSuite.Components.Jobs;

/// <summary>One row of the Running or Queued lists: the stored run, overlaid with live progress when it runs here.</summary>
public sealed record ActiveRunView(JobRun Run, string DisplayName, Progress Progress, int Warnings)
{
    /// <summary>Whole percent: what the bar shows and what a screen reader announces.</summary>
    public double? Percent => Progress.Percent is { } p ? Math.Round(p) : null;

    public string Counts => Progress.ItemsDone is { } done
        ? Progress.ItemsTotal is { } total ? $"{done:N0} / {total:N0}" : $"{done:N0}"
        : "";
}

public static class JobsView
{
    public static IReadOnlyList<ActiveRunView> Active(IReadOnlyList<JobRun> stored, LiveRuns live, JobCatalog catalog) =>
        stored.Select(run =>
        {
            var here = live.Find(run.Id);
            var progress = here?.Current ?? new Progress(run.Percent, run.ItemsDone, run.ItemsTotal, run.Message);
            return new ActiveRunView(run, NameOf(catalog, run.JobKey), progress, here?.Warnings ?? run.WarningCount);
        }).ToList();

    public static string NameOf(JobCatalog catalog, string jobKey) => catalog.Find(jobKey)?.DisplayName ?? jobKey;

    public static Radzen.BadgeStyle BadgeOf(JobRunState state) => state switch
    {
        JobRunState.Succeeded => Radzen.BadgeStyle.Success,
        JobRunState.Failed => Radzen.BadgeStyle.Danger,
        JobRunState.Cancelled or JobRunState.Interrupted => Radzen.BadgeStyle.Warning,
        JobRunState.Running => Radzen.BadgeStyle.Primary,
        JobRunState.Skipped => Radzen.BadgeStyle.Info,
        _ => Radzen.BadgeStyle.Light,
    };

    public static string Describe(TimeSpan? duration) => duration switch
    {
        null => "",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } d => $"{d.TotalSeconds:0.0} s",
        { TotalHours: < 1 } d => $"{(int)d.TotalMinutes} min {d.Seconds} s",
        { } d => $"{(int)d.TotalHours} h {d.Minutes} min",
    };
}
