namespace MediaSuite.Domain.Jobs;

public static class JobRules
{
    public static bool IsActive(JobRunState state) => state is JobRunState.Queued or JobRunState.Running;

    /// <summary>A run that did not finish its work can be run again; a success or a deliberate skip cannot.</summary>
    public static bool CanRetry(JobRunState state) => state is JobRunState.Failed or JobRunState.Cancelled or JobRunState.Interrupted;

    /// <summary>User-facing work first, bulk work last (Quartz fires higher numbers first).</summary>
    public static int Priority(JobCategory category) => category switch
    {
        JobCategory.Interactive => 10,
        JobCategory.Library => 6,
        JobCategory.Maintenance => 5,
        JobCategory.Background => 3,
        JobCategory.Analysis => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The share done, from explicit percent or from item counts; null when unknown (an indeterminate bar).</summary>
    public static double? PercentDone(double? percent, long? done, long? total)
    {
        if (percent is { } p) return Math.Clamp(p, 0, 100);
        if (done is { } d && total is > 0) return Math.Clamp(100.0 * d / total.Value, 0, 100);
        return null;
    }

    public static string GroupName(JobCategory category) => category.ToString().ToLowerInvariant();

    public static bool TryParseCategory(string? text, out JobCategory category) =>
        Enum.TryParse(text, ignoreCase: true, out category) && Enum.IsDefined(category);
}
