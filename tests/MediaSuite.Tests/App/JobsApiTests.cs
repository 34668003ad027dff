using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediaSuite.Tests.Jobs;
using MediaSuite.Tests.Support;
using static MediaSuite.Tests.Support.AccountClient;

namespace MediaSuite.Tests.App;

public sealed class JobsApiTests : IDisposable
{
    private readonly MediaSuiteFactory _factory = JobsHarness.NewFactory();

    [Fact]
    public async Task JobsApi_IsForAdminsOnly()
    {
        var (_, member) = await HouseholdAsync(_factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/api/jobs/database-maintenance/runs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _factory.CreateBrowserLikeClient().GetAsync("/api/jobs")).StatusCode);
    }

    [Fact]
    public async Task Enqueue_ReturnsTheRunAndRefusesADuplicate()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        var target = Guid.NewGuid().ToString("N");

        var accepted = await admin.PostAsync($"/api/jobs/test-gate/runs?target={target}", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var runId = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt64();

        var duplicate = await admin.PostAsync($"/api/jobs/test-gate/runs?target={target}", null);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(runId, (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt64());

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/jobs/runs/{runId}/cancel", null)).StatusCode);
        var run = await _factory.WaitForStateAsync(runId, MediaSuite.Domain.Jobs.JobRunState.Cancelled);
        Assert.Equal(target, run.Target);
        var fetched = await admin.GetFromJsonAsync<JsonElement>($"/api/jobs/runs/{runId}");
        Assert.Equal("Cancelled", fetched.GetProperty("state").GetString());
    }

    [Fact]
    public async Task BadRequests_GetClearAnswers()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        var unknown = await admin.PostAsync("/api/jobs/nope/runs", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no job called 'nope'", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/jobs/runs/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/jobs/runs/999999/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync("/api/jobs/runs/999999/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/jobs/test-items/paused", new { paused = true })).StatusCode);
    }

    [Fact]
    public async Task Schedules_ArePausedAndListedThroughTheApi()
    {
        var (admin, _) = await HouseholdAsync(_factory);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/jobs/session-cleanup/paused", new { paused = true })).StatusCode);
        var jobs = await admin.GetFromJsonAsync<JsonElement[]>("/api/jobs");
        var cleanup = jobs!.Single(j => j.GetProperty("key").GetString() == "session-cleanup");
        Assert.True(cleanup.GetProperty("paused").GetBoolean());
        Assert.Equal("Every hour", cleanup.GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task Hangfire_SendsAdminsToTheJobsPage()
    {
        var (admin, member) = await HouseholdAsync(_factory);
        var response = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/jobs", PathOf(response));
        Assert.StartsWith("/access-denied", PathOf(await member.GetAsync("/hangfire")));
    }

    public void Dispose() => _factory.Dispose();
}
