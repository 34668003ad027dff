using Quartz;

namespace MediaSuite.Jobs.Engine;

/// <summary>How MediaSuite jobs and runs are named inside Quartz.</summary>
internal static class QuartzKeys
{
    public const string RunIdKey = "runId";

    public static JobKey Job(string jobKey) => new(jobKey, "mediasuite");

    public static TriggerKey Run(long runId) => new($"run-{runId}", "runs");

    public static TriggerKey Schedule(string jobKey) => new($"schedule-{jobKey}", "schedules");
}
