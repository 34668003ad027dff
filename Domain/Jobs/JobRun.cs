namespace MediaSuite.Domain.Jobs;

/// <summary>One execution of a job, from queued to finished, as the Jobs page shows it.</summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public required string JobKey { get; set; }

    /// <summary>What the run works on (a library id, a folder); empty for whole-system jobs. Part of the duplicate check.</summary>
    public string Target { get; set; } = "";

    public JobTrigger Trigger { get; set; }
    public JobRunState State { get; set; }
    public long? RetryOf { get; set; }

    public double? Percent { get; set; }
    public long? ItemsDone { get; set; }
    public long? ItemsTotal { get; set; }
    public string? Message { get; set; }
    public int WarningCount { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The full exception text of a failed run.</summary>
    public string? Error { get; set; }

    /// <summary>The process that last started the run; a run left Running by another process was cut off.</summary>
    public string? Instance { get; set; }

    public TimeSpan? Duration => StartedAt is { } start && FinishedAt is { } end ? end - start : null;
}

/// <summary>An item a run could not handle; the run went on.</summary>
public sealed class JobWarning
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string Item { get; set; }
    public required string Message { get; set; }
    public DateTimeOffset At { get; set; }
}
