using MediaSuite.Jobs;
using MediaSuite.Tests.Support;

namespace MediaSuite.Tests.Jobs;

public sealed class JobNodeRoleTests
{
    [Fact]
    public async Task NodeWithAnalysisAtZero_RefusesAnalysisJobs()
    {
        using var factory = JobsHarness.NewFactory().With("MediaSuite:Jobs:Concurrency:Analysis", "0");

        var result = await factory.Scheduler().EnqueueAsync("test-analysis");

        Assert.Equal(EnqueueOutcome.RefusedHere, result.Outcome);
        Assert.Contains("does not run Analysis jobs", result.Message);
        var schedule = (await factory.Scheduler().ListSchedulesAsync()).Single(s => s.Job.Key == "test-analysis");
        Assert.False(schedule.RunsHere);
        Assert.True((await factory.Scheduler().ListSchedulesAsync()).Single(s => s.Job.Key == "test-items").RunsHere);
    }
}
