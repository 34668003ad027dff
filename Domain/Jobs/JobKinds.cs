namespace MediaSuite.Domain.Jobs;

/// <summary>
/// What kind of work a job is. Each category has its own concurrency limit and priority, so a scan
/// cannot starve thumbnails for the page a user is looking at, and a weak node can refuse a category.
/// </summary>
public enum JobCategory
{
    Interactive,
    Library,
    Maintenance,
    Background,
    Analysis,
}

public enum JobRunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted,
    Skipped,
}

public enum JobTrigger
{
    Schedule,
    Manual,
    Chained,
    Recovery,
    Retry,

    /// <summary>A file-system change in a watched library folder.</summary>
    Watcher,
}
